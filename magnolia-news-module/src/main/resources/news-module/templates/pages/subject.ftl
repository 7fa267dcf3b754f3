[#-- Subject page: the subject's name and description above the main area (its latest news). --]
[#import "/news-module/templates/macros/page.ftl" as page]
[#import "/news-module/templates/macros/item.ftl" as items]
[@page.shell kind="subject"]
  [#assign subject = items.pageItem()]
  [#if subject?has_content]
  <header class="subject-header">
    <p class="kicker">${i18n['news-module.site.subject']}</p>
    <h1>${(subject.name!subject.@name)?html}</h1>
    [#if subject.description?has_content]<p class="subject-description">${subject.description?html}</p>[/#if]
    <p class="subject-feed"><a href="/feeds/subjects${subject.@path?html}.xml">RSS</a></p>
  </header>
  [/#if]
[/@page.shell]
