[#-- Free rich text: printed through cmsfn.decode, which the host passes through its HTML sanitizer. --]
<div class="text">${cmsfn.decode(content).text!}</div>
