[#-- Page shell: header, main, aside and footer areas around the page's content. --]
<!DOCTYPE html>
<html lang="${cmsfn.language()}">
<head>
  [@cms.page /]
  <meta charset="utf-8"/>
  <meta name="viewport" content="width=device-width, initial-scale=1"/>
  <title>${content.title!content.@name}</title>
  <link rel="stylesheet" href="${ctx.contextPath}/.resources/news-module/webresources/css/news.css"/>
</head>
<body>
  <header class="site-header">[@cms.area name="header" /]</header>
  <div class="layout">
    <main>[@cms.area name="main" /]</main>
    <aside>[@cms.area name="aside" /]</aside>
  </div>
  <footer class="site-footer">[@cms.area name="footer" /]</footer>
</body>
</html>
