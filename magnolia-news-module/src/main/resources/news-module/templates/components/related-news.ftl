[#-- News by subject: related news of the page's item, ranked by the module's RelatedNewsModel.
     The items are nodes: site.localized makes them maps in the page's language, printed with ?html. --]
[#import "/news-module/templates/macros/site.ftl" as site]
[#setting time_zone=site.timeZone]
[#assign items = model.items]
[#if items?has_content]
<section class="box related-news">
  <h2 class="box-title">${content.heading!i18n['news-module.site.newsBySubject']}</h2>
  <ol class="compact-list">
    [#list items as node]
    [#assign news = site.localized(node)]
    <li>
      <a href="${cmsfn.link(news)?html}">${(news.title!news.@name)?html}</a>
      [#if news.date??]<time datetime="${news.date?iso_utc}">${news.date?string["d MMM yyyy"]}</time>[/#if]
    </li>
    [/#list]
  </ol>
</section>
[/#if]
