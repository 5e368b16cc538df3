<#-- The subject line: plain text, one line (a line break in the result is refused). -->
<#if single><#assign o = openings[0]>Rate proposal for ${client}: ${o.role} (${o.level}, ${o.location})<#else>Rate proposals for ${client}: ${openings?size} openings</#if> | ${brand.name}
