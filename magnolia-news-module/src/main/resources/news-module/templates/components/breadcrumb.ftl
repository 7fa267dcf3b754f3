[#-- Breadcrumb: Home / section / item. The home page shows none. --]
[#assign page = state.page]
[#assign ancestors = cmsfn.ancestors(page)]
[#assign item = state.item!]
[#if ancestors?has_content || item?has_content]
<nav class="breadcrumb" aria-label="${i18n['news-module.site.breadcrumb']}">
  <ol>
    [#list ancestors as ancestor]
    <li><a href="${cmsfn.link(ancestor)}">[#if ancestor?is_first]${content.homeLabel!i18n['news-module.site.home']}[#else]${ancestor.navigationTitle!ancestor.title!ancestor.@name}[/#if]</a></li>
    [/#list]
    <li aria-current="page">[#if item?has_content]${cmsfn.abbreviateString(item.title!item.name!item.@name, 70)}[#else]${page.navigationTitle!page.title!page.@name}[/#if]</li>
  </ol>
</nav>
[/#if]
