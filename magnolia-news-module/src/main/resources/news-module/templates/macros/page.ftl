[#-- The frame every page shares: head with SEO (title, description, canonical, hreflang alternates,
     OpenGraph, JSON-LD from the page model), masthead with the site's sections, the header, main, aside
     and footer areas. Page scripts call [@page.shell kind="…"] and may put markup before the main area.
     "content" (the page) comes HTML-escaped from Magnolia; everything else printed here is escaped with ?html. --]
[#import "/news-module/templates/macros/site.ftl" as site]
[#import "/news-module/templates/macros/item.ftl" as items]
[#macro shell kind]
[#setting time_zone=site.timeZone]
[#assign item = items.pageItem()]
[#assign page = cmsfn.decode(content)]
[#assign home = site.localized(cmsfn.contentByPath("/home")!{})]
[#assign siteName = model.siteName]
[#assign description = cmsfn.abbreviateString(model.description, 200)]
[#if item?has_content]
  [#assign heading = item.title!item.name!item.@name]
  [#assign canonical = model.absoluteUrl(cmsfn.link(item))]
  [#assign imageKey = item.image!item.cover!""]
[#else]
  [#assign heading = page.title!page.@name]
  [#assign canonical = model.absoluteUrl(cmsfn.link(content))]
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
  <title>[#if content.@path == "/home" && !item?has_content]${siteName?html}[#else]${heading?html} — ${siteName?html}[/#if]</title>
  [#if description?has_content]<meta name="description" content="${description?html}"/>[/#if]
  [#if kind == "search" || kind == "not-found"]<meta name="robots" content="noindex, follow"/>[/#if]
  [#if kind == "not-found"][#assign alternates = {}][#else]<link rel="canonical" href="${canonical?html}"/>[/#if]
  [#list alternates?keys as language]
  <link rel="alternate" hreflang="${language}" href="${model.absoluteUrl(alternates[language])?html}"/>
  [/#list]
  [#if alternates["en"]??]<link rel="alternate" hreflang="x-default" href="${model.absoluteUrl(alternates['en'])?html}"/>[/#if]
  <meta property="og:site_name" content="${siteName?html}"/>
  <meta property="og:type" content="[#if kind == 'article']article[#elseif kind == 'publication']book[#else]website[/#if]"/>
  <meta property="og:title" content="${heading?html}"/>
  [#if description?has_content]<meta property="og:description" content="${description?html}"/>[/#if]
  <meta property="og:url" content="${canonical?html}"/>
  <meta property="og:locale" content="[#if cmsfn.language() == 'ru']ru_RU[#else]en_GB[/#if]"/>
  [#if imageKey?has_content && damfn.getAssetLink(imageKey)??]
  <meta property="og:image" content="${model.absoluteUrl(damfn.getAssetLink(imageKey))?html}"/>
  [/#if]
  [#if kind == 'article' && item?has_content && item.date??]<meta property="article:published_time" content="${item.date?iso_utc}"/>[/#if]
  <meta name="twitter:card" content="[#if imageKey?has_content]summary_large_image[#else]summary[/#if]"/>
  <link rel="alternate" type="application/rss+xml" title="${siteName?html}" href="/feeds/news.xml${feedLanguage}"/>
  [#if kind == 'subject' && item?has_content]<link rel="alternate" type="application/rss+xml" title="${heading?html}" href="/feeds/subjects${item.@path?html}.xml${feedLanguage}"/>[/#if]
  [#-- JSON-LD is JSON the model wrote for a script element: printed as it is (no HTML escaping inside <script>). --]
  [#if model.jsonLd??]<script type="application/ld+json">${model.jsonLd}</script>[/#if]
  <link rel="stylesheet" href="${ctx.contextPath}/.resources/news-module/webresources/css/news.css"/>
  <link rel="icon" type="image/svg+xml" href="${ctx.contextPath}/.resources/news-module/webresources/favicon.svg"/>
</head>
<body class="page page-${kind}">
  <a class="skip-link" href="#main">${i18n['news-module.site.skipToContent']}</a>
  <header class="masthead">
    <div class="wrap masthead-inner">
      <a class="brand" href="${cmsfn.link(home)?html}"><span class="brand-mark" aria-hidden="true">F</span><span class="brand-name">${siteName?html}</span></a>
      <nav class="sections" aria-label="${i18n['news-module.site.sections']}">
        <ul>
          [#list cmsfn.children(home, "mgnl:page") as section]
          [#if (section.hideInNav!"false")?string == "true"][#continue][/#if]
          <li><a href="${cmsfn.link(section)?html}"[#if content.@path?starts_with(section.@path)] aria-current="page"[/#if]>${(section.navigationTitle!section.title!section.@name)?html}</a></li>
          [/#list]
        </ul>
      </nav>
      [#assign searchPage = cmsfn.contentByPath("/home/search")!{}]
      [#if searchPage?has_content]
      <form class="masthead-search" role="search" action="${cmsfn.link(searchPage)?html}" method="get">
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
      <p class="feeds"><a href="/feeds/news.xml${feedLanguage}">RSS</a> · <a href="/sitemap.xml">${i18n['news-module.site.sitemap']}</a></p>
      <p class="copyright">© ${model.year?c} ${siteName?html}</p>
    </div>
  </footer>
</body>
</html>
[/#macro]
