[#-- Latest news: newest published items first, a page at a time (?page=N); limited to a subject on
     subject pages or when the editor chose one. The first item of the first page leads with its photo.
     The items are nodes from the model: site.localized makes them maps in the page's language, printed with ?html. --]
[#import "/news-module/templates/macros/site.ftl" as site]
[#import "/news-module/templates/macros/image.ftl" as image]
[#setting time_zone=site.timeZone]
[#assign items = model.items]
<section class="latest-news">
  <h2 class="section-title">${content.heading!i18n['news-module.site.latest']}</h2>
  [#if items?has_content]
  <ul class="news-list">
    [#list items as node]
    [#assign news = site.localized(node)]
    [#assign lead = node?is_first && model.page == 1 && news.image?has_content]
    <li class="news-item[#if lead] news-item-lead[/#if]">
      [#-- the lead's photo is the first image a reader sees on the home page: never lazy, sized from the renditions --]
      [#if lead][#assign photo = damfn.getAssetLink(news.image)!][#if photo?has_content]<a class="news-photo" href="${cmsfn.link(news)?html}" tabindex="-1"><img[@image.sources news.image "(min-width: 900px) 480px, 100vw" /] alt=""/></a>[/#if][/#if]
      <div class="news-text">
        <h3 class="news-title"><a href="${cmsfn.link(news)?html}">${(news.title!news.@name)?html}</a></h3>
        [#if news.lead?has_content && (lead || node?index < 6)]<p class="news-lead">${cmsfn.abbreviateString(news.lead, 220)?html}</p>[/#if]
        [#if news.date??]<time datetime="${news.date?iso_utc}">${news.date?string["d MMMM yyyy, HH:mm"]}</time>[/#if]
      </div>
    </li>
    [/#list]
  </ul>
  [#else]
  <p class="empty">${i18n['news-module.site.noNews']}</p>
  [/#if]
  [#if model.hasNewer || model.hasOlder]
  <nav class="pager" aria-label="${i18n['news-module.site.pages']}">
    [#if model.hasNewer]<a rel="prev" href="[#if model.page == 2]${state.originalURI?html}[#else]?page=${(model.page - 1)?c}[/#if]">← ${i18n['news-module.site.newer']}</a>[/#if]
    <span class="pager-current">${i18n.get('news-module.site.pageN', [model.page])}</span>
    [#if model.hasOlder]<a rel="next" href="?page=${(model.page + 1)?c}">${i18n['news-module.site.older']} →</a>[/#if]
  </nav>
  [/#if]
</section>
