[#-- subject-navigation: rendered by the site rendering work (see the rendering issue); shows nothing until then. --]
