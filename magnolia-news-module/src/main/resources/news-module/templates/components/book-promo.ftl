[#-- Book promo: the publication BookPromoModel picks (chosen by the editor, or the newest sharing the
     page's subjects), with cover, authors, blurb and the release status for the reader's country.
     On the publication's own page (main area) it is the full entry with the whole description.
     The publication comes from the model as a node: site.localized makes it a map in the page's language,
     whose values are printed with ?html (the description, rich text, as it is). --]
[#import "/news-module/templates/macros/site.ftl" as site]
[#import "/news-module/templates/macros/image.ftl" as image]
[#assign publication = site.localized(model.publication!{})]
[#if publication?has_content]
[#assign full = model.pageItem && !content.heading?has_content]
[#assign authors = publication.authors![]]
[#if !authors?is_sequence][#assign authors = [authors]][/#if]
[#assign coverLink = damfn.getAssetLink(publication.cover!"")!]
<section class="[#if full]book-full[#else]box book-promo[/#if]">
  [#if !full]<h2 class="box-title">${content.heading!i18n['news-module.site.publications']}</h2>[/#if]
  <div class="book">
    [#if coverLink?has_content]
    <a class="book-cover" href="${cmsfn.link(publication)?html}"><img[@image.sources publication.cover "160px" /] alt="${(publication.title!'')?html}"/></a>
    [/#if]
    <div class="book-text">
      [#if full]<h1 class="book-title">${(publication.title!publication.@name)?html}</h1>
      [#else]<h3 class="book-title"><a href="${cmsfn.link(publication)?html}">${(publication.title!publication.@name)?html}</a></h3>[/#if]
      [#if authors?has_content]<p class="book-author">${authors?join(", ")?html}</p>[/#if]
      [#if model.releases?has_content]
      <p class="release-status">[#list model.releases as release]<span class="release release-${release.state().name()?lower_case}">${i18n.get(release.messageKey(), [release.getCountryName(cmsfn.language())])?html}</span>[#sep] · [/#sep][/#list]</p>
      [/#if]
    </div>
  </div>
  [#if full]
  <div class="book-description">${publication.description!}</div>
  <dl class="book-facts">
    [#if publication.publisher?has_content]<dt>${i18n['news-module.site.publisher']}</dt><dd>${publication.publisher?html}</dd>[/#if]
    [#if publication.isbn?has_content]<dt>ISBN</dt><dd>${publication.isbn?html}</dd>[/#if]
  </dl>
  [#assign purchaseLink = cmsfn.externalLink(publication, "purchaseUrl")!]
  [#if purchaseLink?has_content]<p><a class="button" href="${purchaseLink?html}" rel="noopener">${i18n['news-module.site.buy']}</a></p>[/#if]
  [#else]
  <p class="blurb">${cmsfn.abbreviateString(model.plainDescription, 180)?html}</p>
  [/#if]
</section>
[/#if]
