[#-- Search results: the reader's words (?q=) in the page's language, best match first, a page at a time
     (?q=…&page=N); SearchResultsModel runs the query. The form repeats the query so it can be refined.
     The reader's words and the items (nodes, made maps with site.localized) are printed with ?html. --]
[#import "/news-module/templates/macros/site.ftl" as site]
[#setting time_zone=site.timeZone]
[#assign q = model.query]
<section class="search-results">
  <form class="search-form" role="search" action="${state.originalURI?html}" method="get">
    <label for="search-q">${i18n['news-module.site.search.label']}</label>
    <input id="search-q" type="search" name="q" value="${q?html}" maxlength="200"/>
    <button type="submit">${i18n['news-module.site.search.button']}</button>
  </form>
  [#if model.searched]
  [#assign hits = model.hits]
  [#if hits?has_content]
  <p class="search-count">${i18n.get('news-module.site.search.count', [model.total?c, q])?html}</p>
  <ol class="news-list search-list">
    [#list hits as hit]
    [#assign news = site.localized(hit.item)]
    <li class="news-item">
      <div class="news-text">
        <h2 class="news-title"><a href="${cmsfn.link(news)?html}">${(news.title!news.@name)?html}</a></h2>
        [#if news.date??]<time datetime="${news.date?iso_utc}">${news.date?string["d MMMM yyyy"]}</time>[/#if]
        [#if hit.excerpt?has_content]<p class="news-lead">${hit.excerpt?html}</p>[/#if]
      </div>
    </li>
    [/#list]
  </ol>
  [#else]
  <p class="empty search-none">${i18n.get('news-module.site.search.none', [q])?html}</p>
  [/#if]
  [#if model.hasNewer || model.hasOlder]
  <nav class="pager" aria-label="${i18n['news-module.site.pages']}">
    [#if model.hasNewer]<a rel="prev" href="?q=${q?url}[#if model.page > 2]&amp;page=${(model.page - 1)?c}[/#if]">← ${i18n['news-module.site.search.previous']}</a>[/#if]
    <span class="pager-current">${i18n.get('news-module.site.pageN', [model.page])}</span>
    [#if model.hasOlder]<a rel="next" href="?q=${q?url}&amp;page=${(model.page + 1)?c}">${i18n['news-module.site.search.next']} →</a>[/#if]
  </nav>
  [/#if]
  [/#if]
</section>
