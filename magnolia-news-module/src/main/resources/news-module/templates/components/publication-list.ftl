[#-- Publication list: every publication in the page's language, newest first, with cover, title, authors and
     where it can be had today (PublicationListModel). --]
[#import "/news-module/templates/macros/image.ftl" as image]
[#assign entries = model.entries]
<section class="publication-list">
  [#if content.heading?has_content]<h2 class="section-title">${content.heading}</h2>[/#if]
  [#if entries?has_content]
  <ul class="book-list">
    [#list entries as entry]
    [#assign publication = entry.publication]
    [#assign authors = publication.authors![]]
    [#if !authors?is_sequence][#assign authors = [authors]][/#if]
    [#assign coverLink = damfn.getAssetLink(publication.cover!"")!]
    <li class="book">
      [#if coverLink?has_content]<a class="book-cover" href="${cmsfn.link(publication)}" tabindex="-1"><img[@image.sources publication.cover damfn.getAsset(publication.cover) "120px" /] alt="" width="120"[#if entry?index > 2] loading="lazy"[/#if]/></a>[/#if]
      <div class="book-text">
        <h2 class="book-title"><a href="${cmsfn.link(publication)}">${publication.title!publication.@name}</a></h2>
        [#if authors?has_content]<p class="book-author">${authors?join(", ")}</p>[/#if]
        [#if entry.releases?has_content]
        <p class="release-status">[#list entry.releases as release]<span class="release release-${release.state().name()?lower_case}">${i18n.get(release.messageKey(), [release.getCountryName(cmsfn.language())])}</span>[#sep] · [/#sep][/#list]</p>
        [/#if]
      </div>
    </li>
    [/#list]
  </ul>
  [#else]
  <p class="empty">${i18n['news-module.site.publications.none']}</p>
  [/#if]
</section>
