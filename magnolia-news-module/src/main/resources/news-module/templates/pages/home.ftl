[#-- home page: the shared frame (macros/page.ftl) with its header, main, aside and footer areas. --]
[#import "/news-module/templates/macros/page.ftl" as page]
[@page.shell kind="home"]<h1 class="visually-hidden">${model.siteName?html}</h1>[/@page.shell]
