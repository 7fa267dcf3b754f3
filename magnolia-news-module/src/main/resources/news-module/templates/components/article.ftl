[#-- Article: the news item the page shows (state.item): kicker, title, date, lead, photo with caption
     and credit, sanitized body, source attribution in the page language, corrections log, subjects. --]
[#import "/news-module/templates/macros/image.ftl" as image]
[#assign item = state.item!]
[#if item?has_content]
[#assign subjectIds = item.subjects![]]
[#if !subjectIds?is_sequence][#assign subjectIds = [subjectIds]][/#if]
[#assign subjects = []]
[#list subjectIds as id]
  [#assign subject = cmsfn.contentById(id, "subjects")!]
  [#if subject?has_content][#assign subjects = subjects + [subject]][/#if]
[/#list]
<article class="article">
  <header class="article-header">
    [#if subjects?has_content]<p class="kicker"><a href="${cmsfn.link(subjects[0])}">${subjects[0].name!subjects[0].@name}</a></p>[/#if]
    <h1 class="article-title">${item.title!item.@name}</h1>
    <p class="article-meta">
      [#if item.date??]<time class="article-date" datetime="${item.date?iso_utc}">${item.date?string["d MMMM yyyy, HH:mm"]}</time>[/#if]
      [#if item.author?has_content]<span class="article-author">${item.author}</span>[/#if]
    </p>
    [#if item.lead?has_content]<p class="lead">${item.lead}</p>[/#if]
  </header>
  [#if item.image?has_content]
    [#assign photo = damfn.getAsset(item.image)!]
    [#if photo?has_content]
  <figure class="article-photo">
    [#-- the first image of the page: loaded at once (never lazy), from the rendition that fits the screen --]
    <img[@image.sources item.image photo "(min-width: 900px) 720px, 100vw" /] alt="${item.imageCaption!item.title!''}"[#if photo['jcr:content'].width??] width="${photo['jcr:content'].width?c}" height="${photo['jcr:content'].height?c}"[/#if]/>
    <figcaption>
      [#if item.imageCaption?has_content]<span class="caption">${item.imageCaption}</span>[/#if]
      [#-- Editors often type the credit as "Photo: …" themselves: print the prefix once (issue 10). --]
      [#if item.imageCredit?has_content]<span class="credit">${i18n['site.photo']}: ${item.imageCredit?replace('^\\s*(photo|[фФ][оО][тТ][оО])\\s*:\\s*', '', 'ri')}</span>[/#if]
    </figcaption>
  </figure>
    [/#if]
  [/#if]
  <div class="article-body">${cmsfn.decode(item).body!}</div>
  [#if item.sourceAgency?has_content || item.sourceAttribution?has_content]
  [#assign attribution = item.sourceAttribution!i18n.get('site.asPer', item.sourceAgency)]
  [#assign sourceLink = cmsfn.externalLink(item, "sourceUrl")!]
  <p class="source-attribution">[#if sourceLink?has_content]<a href="${sourceLink}" rel="nofollow noopener">${attribution}</a>[#else]${attribution}[/#if]</p>
  [/#if]
  [#if (content.showCorrections!"true") == "true"]
    [#assign corrections = cmsfn.children(item, "mgnl:contentNode")?filter(c -> c.@name?starts_with("corrections"))]
    [#if corrections?has_content]
  <section class="corrections" aria-labelledby="corrections-title">
    <h2 id="corrections-title">${i18n['site.corrections']}</h2>
    <ul>
      [#list corrections as correction]
      <li>[#if correction.date??]<time datetime="${correction.date?iso_utc}">${correction.date?string["d MMMM yyyy, HH:mm"]}</time> [/#if]${correction.note!}</li>
      [/#list]
    </ul>
  </section>
    [/#if]
  [/#if]
  [#if (content.showSubjects!"true") == "true" && subjects?has_content]
  <nav class="article-subjects" aria-label="${i18n['site.subjects']}">
    <h2>${i18n['site.subjects']}</h2>
    <ul>[#list subjects as subject]<li><a href="${cmsfn.link(subject)}">${subject.name!subject.@name}</a></li>[/#list]</ul>
  </nav>
  [/#if]
</article>
[/#if]
