[#-- Subject navigation: the subject tree with the number of published items per subject. The model's
     labels (record accessors, called as methods) are plain text in the page's language (printed with ?html); its subjects are nodes. --]
[#import "/news-module/templates/macros/site.ftl" as site]
[#assign showCounts = content.showCounts!true]
[#macro tree entries]
<ul>
  [#list entries as entry]
  <li[#if entry.current()] class="current"[/#if]>
    <a href="${cmsfn.link(site.localized(entry.subject()))?html}"[#if entry.current()] aria-current="page"[/#if]>${entry.label()?html}</a>[#if showCounts] <span class="count">${entry.count()?c}</span>[/#if]
    [#if entry.children()?has_content][@tree entry.children() /][/#if]
  </li>
  [/#list]
</ul>
[/#macro]
[#if model.entries?has_content]
<nav class="box subject-navigation" aria-label="${content.heading!i18n['news-module.site.subjects']}">
  <h2 class="box-title">${content.heading!i18n['news-module.site.subjects']}</h2>
  [@tree model.entries /]
</nav>
[/#if]
