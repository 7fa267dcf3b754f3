[#-- Article: the news item the page shows (items.pageItem()): kicker, title, date, lead, photo with caption
     and credit, body, source attribution in the page language, corrections log, subjects. The item's values
     are not HTML-escaped (it is not the component's "content"): plain text is printed with ?html, the body
     (sanitized rich text, saved so by the author UI) as it is. --]
[#import "/news-module/templates/macros/site.ftl" as site]
[#import "/news-module/templates/macros/item.ftl" as items]
[#import "/news-module/templates/macros/image.ftl" as image]
[#setting time_zone=site.timeZone]
[#assign item = items.pageItem()]
[#if item?has_content]
[#assign subjectIds = item.subjects![]]
[#if !subjectIds?is_sequence][#assign subjectIds = [subjectIds]][/#if]
[#assign subjects = []]
[#list subjectIds as id]
  [#assign subject = site.localized(cmsfn.contentById(id, "subjects")!{})]
  [#if subject?has_content][#assign subjects = subjects + [subject]][/#if]
[/#list]
<article class="article">
  <header class="article-header">
    [#if subjects?has_content]<p class="kicker"><a href="${cmsfn.link(subjects[0])?html}">${(subjects[0].name!subjects[0].@name)?html}</a></p>[/#if]
    <h1 class="article-title">${(item.title!item.@name)?html}</h1>
    <p class="article-meta">
      [#if item.date??]<time class="article-date" datetime="${item.date?iso_utc}">${item.date?string["d MMMM yyyy, HH:mm"]}</time>[/#if]
      [#if item.author?has_content]<span class="article-author">${item.author?html}</span>[/#if]
    </p>
    [#if item.lead?has_content]<p class="lead">${item.lead?html}</p>[/#if]
  </header>
  [#if item.image?has_content]
    [#assign photo = damfn.getAssetMap(item.image)!{}]
    [#if photo?has_content]
  <figure class="article-photo">
    [#assign size = photo.metadata.mgnl]
    [#-- the first image of the page: loaded at once (never lazy), from the rendition that fits the screen --]
    <img[@image.sources item.image "(min-width: 900px) 720px, 100vw" /] alt="${(item.imageCaption!item.title!'')?html}"[#if size.width??] width="${size.width?c}" height="${size.height?c}"[/#if]/>
    <figcaption>
      [#if item.imageCaption?has_content]<span class="caption">${item.imageCaption?html}</span>[/#if]
      [#-- Editors often type the credit as "Photo: …" themselves: print the prefix once (issue 10). --]
      [#if item.imageCredit?has_content]<span class="credit">${i18n['news-module.site.photo']}: ${item.imageCredit?replace('^\\s*(photo|[фФ][оО][тТ][оО])\\s*:\\s*', '', 'ri')?html}</span>[/#if]
    </figcaption>
  </figure>
    [/#if]
  [/#if]
  <div class="article-body">${item.body!}</div>
  [#if item.sourceAgency?has_content || item.sourceAttribution?has_content]
  [#assign attribution = item.sourceAttribution!i18n.get('news-module.site.asPer', [item.sourceAgency])]
  [#assign sourceLink = cmsfn.externalLink(item, "sourceUrl")!]
  <p class="source-attribution">[#if sourceLink?has_content]<a href="${sourceLink?html}" rel="nofollow noopener">${attribution?html}</a>[#else]${attribution?html}[/#if]</p>
  [/#if]
  [#if content.showCorrections!true]
    [#assign corrections = cmsfn.children(item, "mgnl:contentNode")?filter(c -> c.@name?starts_with("corrections"))]
    [#if corrections?has_content]
  <section class="corrections" aria-labelledby="corrections-title">
    <h2 id="corrections-title">${i18n['news-module.site.corrections']}</h2>
    <ul>
      [#list corrections as correction]
      <li>[#if correction.date??]<time datetime="${correction.date?iso_utc}">${correction.date?string["d MMMM yyyy, HH:mm"]}</time> [/#if]${(correction.note!)?html}</li>
      [/#list]
    </ul>
  </section>
    [/#if]
  [/#if]
  [#if (content.showSubjects!true) && subjects?has_content]
  <nav class="article-subjects" aria-label="${i18n['news-module.site.subjects']}">
    <h2>${i18n['news-module.site.subjects']}</h2>
    <ul>[#list subjects as subject]<li><a href="${cmsfn.link(subject)?html}">${(subject.name!subject.@name)?html}</a></li>[/#list]</ul>
  </nav>
  [/#if]
</article>
[/#if]
