[#-- not-found page: the site's 404 page (the host answers it with status 404 wherever a page is missing), in the
     shared frame (macros/page.ftl) so a reader keeps the masthead, the sections and the search box. --]
[#import "/news-module/templates/macros/page.ftl" as page]
[@page.shell kind="not-found"]<h1 class="section-title">${content.title!i18n['news-module.site.notFound']}</h1>[/@page.shell]
