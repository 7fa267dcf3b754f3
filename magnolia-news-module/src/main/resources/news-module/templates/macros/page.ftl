[#-- The frame every page shares: head with SEO (title, description, canonical, hreflang alternates,
     OpenGraph, JSON-LD from the page model), masthead with the site's sections, the header, main, aside
     and footer areas. Page scripts call [@page.shell kind="…"] and may put markup before the main area. --]
[#macro shell kind]
[#assign item = state.item!]
[#assign home = cmsfn.contentByPath("/home")!]
[#assign siteName = model.siteName]
[#if item?has_content]
  [#assign heading = item.title!item.name!item.@name]
  [#if item.lead?has_content]
    [#assign description = item.lead]
  [#else]
    [#assign description = cmsfn.abbreviateString(cmsfn.plainText(item.description!""), 200)]
  [/#if]
  [#assign canonical = cmsfn.absoluteLink(item)]
  [#assign imageKey = item.image!item.cover!""]
[#else]
  [#assign heading = content.title!content.@name]
  [#assign description = content.description!""]
  [#assign canonical = cmsfn.absoluteLink(content)]
  [#assign imageKey = ""]
[/#if]
[#assign pageParam = ctx.getParameter("page")!""]
[#if pageParam?matches("[2-9]|[1-9][0-9]+")][#assign canonical = canonical + "?page=" + pageParam][/#if]
[#assign alternates = cmsfn.localizedLinks()]
[#-- Feeds in the page's language: a Russian page links the Russian feeds (the default language's have no parameter). --]
[#assign feedLanguage = (cmsfn.language() == "en")?then("", "?lang=" + cmsfn.language())]
<!DOCTYPE html>
<html lang="${cmsfn.language()}">
<head>
  [@cms.page /]
  <meta charset="utf-8"/>
  <meta name="viewport" content="width=device-width, initial-scale=1"/>
  <title>[#if state.page.@path == "/home" && !item?has_content]${siteName}[#else]${heading} — ${siteName}[/#if]</title>
  [#if description?has_content]<meta name="description" content="${description}"/>[/#if]
  [#if kind == "search" || kind == "not-found"]<meta name="robots" content="noindex, follow"/>[/#if]
  [#if kind == "not-found"][#assign alternates = {}][#else]<link rel="canonical" href="${canonical}"/>[/#if]
  [#list alternates as language, href]
  <link rel="alternate" hreflang="${language}" href="${cmsfn.absoluteUrl(href)}"/>
  [/#list]
  [#if alternates["en"]??]<link rel="alternate" hreflang="x-default" href="${cmsfn.absoluteUrl(alternates['en'])}"/>[/#if]
  <meta property="og:site_name" content="${siteName}"/>
  <meta property="og:type" content="[#if kind == 'article']article[#elseif kind == 'publication']book[#else]website[/#if]"/>
  <meta property="og:title" content="${heading}"/>
  [#if description?has_content]<meta property="og:description" content="${description}"/>[/#if]
  <meta property="og:url" content="${canonical}"/>
  <meta property="og:locale" content="[#if cmsfn.language() == 'ru']ru_RU[#else]en_GB[/#if]"/>
  [#if imageKey?has_content && damfn.getAssetLink(imageKey)??]
  <meta property="og:image" content="${cmsfn.absoluteUrl(damfn.getAssetLink(imageKey))}"/>
  [/#if]
  [#if kind == 'article' && item?has_content && item.date??]<meta property="article:published_time" content="${item.date?iso_utc}"/>[/#if]
  <meta name="twitter:card" content="[#if imageKey?has_content]summary_large_image[#else]summary[/#if]"/>
  <link rel="alternate" type="application/rss+xml" title="${siteName}" href="/feeds/news.xml${feedLanguage}"/>
  [#if kind == 'subject' && item?has_content]<link rel="alternate" type="application/rss+xml" title="${heading}" href="/feeds/subjects${item.@path}.xml${feedLanguage}"/>[/#if]
  [#if model.jsonLd??]<script type="application/ld+json">${model.jsonLd?no_esc}</script>[/#if]
  <link rel="stylesheet" href="${ctx.contextPath}/.resources/news-module/webresources/css/news.css"/>
  <link rel="icon" type="image/svg+xml" href="${ctx.contextPath}/.resources/news-module/webresources/favicon.svg"/>
</head>
<body class="page page-${kind}">
  <a class="skip-link" href="#main">${i18n['site.skipToContent']}</a>
  <header class="masthead">
    <div class="wrap masthead-inner">
      <a class="brand" href="${cmsfn.link(home)}"><span class="brand-mark" aria-hidden="true">F</span><span class="brand-name">${siteName}</span></a>
      <nav class="sections" aria-label="${i18n['site.sections']}">
        <ul>
          [#list cmsfn.children(home, "mgnl:page") as section]
          [#if (section.hideInNav!"false")?string == "true"][#continue][/#if]
          <li><a href="${cmsfn.link(section)}"[#if state.page.@path?starts_with(section.@path)] aria-current="page"[/#if]>${section.navigationTitle!section.title!section.@name}</a></li>
          [/#list]
        </ul>
      </nav>
      [#assign searchPage = cmsfn.contentByPath("/home/search")!]
      [#if searchPage?has_content]
      <form class="masthead-search" role="search" action="${cmsfn.link(searchPage)}" method="get">
        <input type="search" name="q" aria-label="${i18n['news-module.site.search.label']}" placeholder="${i18n['news-module.site.search.label']}" maxlength="200"/>
        <button type="submit">${i18n['news-module.site.search.button']}</button>
      </form>
      [/#if]
    </div>
  </header>
  <div class="wrap header-area">[@cms.area name="header" /]</div>
  <div class="wrap layout">
    <main id="main" class="main">
      [#nested]
      [@cms.area name="main" /]
    </main>
    <aside class="aside">[@cms.area name="aside" /]</aside>
  </div>
  <footer class="site-footer">
    <div class="wrap footer-inner">
      [@cms.area name="footer" /]
      <p class="feeds"><a href="/feeds/news.xml${feedLanguage}">RSS</a> · <a href="/sitemap.xml">${i18n['site.sitemap']}</a></p>
      <p class="copyright">© ${model.year?c} ${siteName}</p>
    </div>
  </footer>
</body>
</html>
[/#macro]
