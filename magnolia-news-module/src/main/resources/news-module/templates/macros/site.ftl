[#-- What the module's scripts share, built from Magnolia's objects only (import as "site").
     Magnolia hands scripts their "content" HTML-escaped and in the page's language; everything else (a model's
     nodes, cmsfn.contentById/contentByPath results and what is reached from them) is neither: scripts make such
     content a map in the page's language with site.localized and print its values with ?html. --]

[#-- The site's time zone (SiteClock.SITE_ZONE in the module's Java). Magnolia prints dates in the JVM's time
     zone, so every script that prints a date starts with [#setting time_zone=site.timeZone]. --]
[#assign timeZone = "Europe/Moscow"]

[#-- A node (from a model) or a content map (from cmsfn), as a content map in the page's language. --]
[#function localized content]
  [#if !content?has_content][#return {}][/#if]
  [#if content['@id']??][#-- a content map --]
    [#return cmsfn.asContentMap(cmsfn.wrapForI18n(cmsfn.asJCRNode(content)))]
  [/#if]
  [#return cmsfn.asContentMap(cmsfn.wrapForI18n(content))]
[/#function]
