[#-- Book promo: the publication BookPromoModel picks (chosen by the editor, or the newest sharing the
     page's subjects), with cover, authors, blurb and the release status for the reader's country.
     On the publication's own page (main area) it is the full entry with the whole description. --]
[#import "/news-module/templates/macros/image.ftl" as image]
[#assign publication = model.publication!]
[#if publication?has_content]
[#assign full = (state.item.@id)! == publication.@id && !content.heading?has_content]
[#assign authors = publication.authors![]]
[#if !authors?is_sequence][#assign authors = [authors]][/#if]
[#assign coverLink = damfn.getAssetLink(publication.cover!"")!]
<section class="[#if full]book-full[#else]box book-promo[/#if]">
  [#if !full]<h2 class="box-title">${content.heading!i18n['site.publications']}</h2>[/#if]
  <div class="book">
    [#if coverLink?has_content]
    <a class="book-cover" href="${cmsfn.link(publication)}"><img[@image.sources publication.cover damfn.getAsset(publication.cover) "160px" /] alt="${publication.title!''}"/></a>
    [/#if]
    <div class="book-text">
      [#if full]<h1 class="book-title">${publication.title!publication.@name}</h1>
      [#else]<h3 class="book-title"><a href="${cmsfn.link(publication)}">${publication.title!publication.@name}</a></h3>[/#if]
      [#if authors?has_content]<p class="book-author">${authors?join(", ")}</p>[/#if]
      [#if model.releases?has_content]
      <p class="release-status">[#list model.releases as release]<span class="release release-${release.state().name()?lower_case}">${i18n.get(release.messageKey(), release.getCountryName(cmsfn.language()))}</span>[#sep] · [/#sep][/#list]</p>
      [/#if]
    </div>
  </div>
  [#if full]
  <div class="book-description">${cmsfn.decode(publication).description!}</div>
  <dl class="book-facts">
    [#if publication.publisher?has_content]<dt>${i18n['site.publisher']}</dt><dd>${publication.publisher}</dd>[/#if]
    [#if publication.isbn?has_content]<dt>ISBN</dt><dd>${publication.isbn}</dd>[/#if]
  </dl>
  [#assign purchaseLink = cmsfn.externalLink(publication, "purchaseUrl")!]
  [#if purchaseLink?has_content]<p><a class="button" href="${purchaseLink}" rel="noopener">${i18n['site.buy']}</a></p>[/#if]
  [#else]
  <p class="blurb">${cmsfn.abbreviateString(cmsfn.plainText(publication.description!""), 180)}</p>
  [/#if]
</section>
[/#if]
