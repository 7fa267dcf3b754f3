[#-- Breadcrumb: Home / section / item. The home page shows none. --]
[#import "/news-module/templates/macros/item.ftl" as items]
[#assign page = cmsfn.page(content)]
[#assign ancestors = cmsfn.ancestors(page)]
[#assign item = items.pageItem()]
[#if ancestors?has_content || item?has_content]
<nav class="breadcrumb" aria-label="${i18n['news-module.site.breadcrumb']}">
  <ol>
    [#list ancestors as ancestor]
    <li><a href="${cmsfn.link(ancestor)?html}">[#if ancestor?is_first]${content.homeLabel!i18n['news-module.site.home']}[#else]${ancestor.navigationTitle!ancestor.title!ancestor.@name}[/#if]</a></li>
    [/#list]
    <li aria-current="page">[#if item?has_content]${cmsfn.abbreviateString(item.title!item.name!item.@name, 70)?html}[#else]${page.navigationTitle!page.title!page.@name}[/#if]</li>
  </ol>
</nav>
[/#if]
