[#-- section page: the shared frame (macros/page.ftl) with its header, main, aside and footer areas. --]
[#import "/news-module/templates/macros/page.ftl" as page]
[@page.shell kind="section"]<h1 class="section-title">${content.title!content.@name}</h1>[/@page.shell]
