[#-- News by subject: related news of the page's item, ranked by the module's RelatedNewsModel. --]
[#assign items = model.items]
[#if items?has_content]
<section class="box related-news">
  <h2 class="box-title">${content.heading!i18n['news-module.site.newsBySubject']}</h2>
  <ol class="compact-list">
    [#list items as news]
    <li>
      <a href="${cmsfn.link(news)}">${news.title!news.@name}</a>
      [#if news.date??]<time datetime="${news.date?iso_utc}">${news.date?string["d MMM yyyy"]}</time>[/#if]
    </li>
    [/#list]
  </ol>
</section>
[/#if]
