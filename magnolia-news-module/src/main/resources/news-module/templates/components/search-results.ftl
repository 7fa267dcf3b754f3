[#-- Search results: the reader's words (?q=) in the page's language, best match first, a page at a time
     (?q=…&page=N); SearchResultsModel runs the query. The form repeats the query so it can be refined. --]
[#assign q = model.query]
<section class="search-results">
  <form class="search-form" role="search" action="${state.currentURI}" method="get">
    <label for="search-q">${i18n['news-module.site.search.label']}</label>
    <input id="search-q" type="search" name="q" value="${q}" maxlength="200"/>
    <button type="submit">${i18n['news-module.site.search.button']}</button>
  </form>
  [#if model.searched]
  [#assign hits = model.hits]
  [#if hits?has_content]
  <p class="search-count">${i18n.get('news-module.site.search.count', [model.total?c, q])}</p>
  <ol class="news-list search-list">
    [#list hits as hit]
    [#assign news = hit.item]
    <li class="news-item">
      <div class="news-text">
        <h2 class="news-title"><a href="${cmsfn.link(news)}">${news.title!news.@name}</a></h2>
        [#if news.date??]<time datetime="${news.date?iso_utc}">${news.date?string["d MMMM yyyy"]}</time>[/#if]
        [#if hit.excerpt?has_content]<p class="news-lead">${hit.excerpt}</p>[/#if]
      </div>
    </li>
    [/#list]
  </ol>
  [#else]
  <p class="empty search-none">${i18n.get('news-module.site.search.none', [q])}</p>
  [/#if]
  [#if model.hasNewer || model.hasOlder]
  <nav class="pager" aria-label="${i18n['site.pages']}">
    [#if model.hasNewer]<a rel="prev" href="?q=${q?url}[#if model.page > 2]&amp;page=${model.page - 1}[/#if]">← ${i18n['news-module.site.search.previous']}</a>[/#if]
    <span class="pager-current">${i18n.get('site.pageN', [model.page])}</span>
    [#if model.hasOlder]<a rel="next" href="?q=${q?url}&amp;page=${model.page + 1}">${i18n['news-module.site.search.next']} →</a>[/#if]
  </nav>
  [/#if]
  [/#if]
</section>
