[#-- Latest news: newest published items first, a page at a time (?page=N); limited to a subject on
     subject pages or when the editor chose one. The first item of the first page leads with its photo. --]
[#assign items = model.items]
<section class="latest-news">
  <h2 class="section-title">${content.heading!i18n['news-module.site.latest']}</h2>
  [#if items?has_content]
  <ul class="news-list">
    [#list items as news]
    [#assign lead = news?is_first && model.page == 1 && news.image?has_content]
    <li class="news-item[#if lead] news-item-lead[/#if]">
      [#if lead][#assign photo = damfn.getAssetLink(news.image)!][#if photo?has_content]<a class="news-photo" href="${cmsfn.link(news)}" tabindex="-1"><img src="${photo}" alt="" loading="lazy"/></a>[/#if][/#if]
      <div class="news-text">
        <h3 class="news-title"><a href="${cmsfn.link(news)}">${news.title!news.@name}</a></h3>
        [#if news.lead?has_content && (lead || news?index < 6)]<p class="news-lead">${cmsfn.abbreviateString(news.lead, 220)}</p>[/#if]
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
    [#if model.hasNewer]<a rel="prev" href="[#if model.page == 2]${state.currentURI}[#else]?page=${model.page - 1}[/#if]">← ${i18n['news-module.site.newer']}</a>[/#if]
    <span class="pager-current">${i18n.get('news-module.site.pageN', model.page)}</span>
    [#if model.hasOlder]<a rel="next" href="?page=${model.page + 1}">${i18n['news-module.site.older']} →</a>[/#if]
  </nav>
  [/#if]
</section>
