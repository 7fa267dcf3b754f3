[#-- Language selector: the same item (or page) in every language it exists in; none for missing ones. --]
[#assign links = cmsfn.localizedLinks()]
[#if links?size > 1]
<nav class="language-selector" aria-label="${i18n['news-module.site.language']}">
  <ul>
    [#list links?keys as language]
    [#assign href = links[language]]
    <li>[#if cmsfn.isCurrentLocale(language)]<span class="current-language" lang="${language}" aria-current="true">[#if content.showLanguageNames!true]${i18n['news-module.site.language.' + language]}[#else]${language?upper_case}[/#if]</span>[#else]<a href="${href?html}" hreflang="${language}" lang="${language}" rel="alternate">[#if content.showLanguageNames!true]${i18n['news-module.site.language.' + language]}[#else]${language?upper_case}[/#if]</a>[/#if]</li>
    [/#list]
  </ul>
</nav>
[/#if]
