[#-- Publication list: every publication in the page's language, newest first, with cover, title, authors and
     where it can be had today (PublicationListModel). The publications are nodes: site.localized makes them
     maps in the page's language, printed with ?html. --]
[#import "/news-module/templates/macros/site.ftl" as site]
[#import "/news-module/templates/macros/image.ftl" as image]
[#assign entries = model.entries]
<section class="publication-list">
  [#if content.heading?has_content]<h2 class="section-title">${content.heading}</h2>[/#if]
  [#if entries?has_content]
  <ul class="book-list">
    [#list entries as entry]
    [#assign publication = site.localized(entry.publication)]
    [#assign authors = publication.authors![]]
    [#if !authors?is_sequence][#assign authors = [authors]][/#if]
    [#assign coverLink = damfn.getAssetLink(publication.cover!"")!]
    <li class="book">
      [#if coverLink?has_content]<a class="book-cover" href="${cmsfn.link(publication)?html}" tabindex="-1"><img[@image.sources publication.cover "120px" /] alt="" width="120"[#if entry?index > 2] loading="lazy"[/#if]/></a>[/#if]
      <div class="book-text">
        <h2 class="book-title"><a href="${cmsfn.link(publication)?html}">${(publication.title!publication.@name)?html}</a></h2>
        [#if authors?has_content]<p class="book-author">${authors?join(", ")?html}</p>[/#if]
        [#if entry.releases?has_content]
        <p class="release-status">[#list entry.releases as release]<span class="release release-${release.state().name()?lower_case}">${i18n.get(release.messageKey(), [release.getCountryName(cmsfn.language())])?html}</span>[#sep] · [/#sep][/#list]</p>
        [/#if]
      </div>
    </li>
    [/#list]
  </ul>
  [#else]
  <p class="empty">${i18n['news-module.site.publications.none']}</p>
  [/#if]
</section>
