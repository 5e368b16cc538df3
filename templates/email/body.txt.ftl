<#-- The plain-text alternative. Model: brand, contact, client, openings, single, attachments, formats, accountManager (see README, "send"). -->
<#if contact.firstName?has_content>Hi ${contact.firstName},<#else>Hello,</#if>

<#if single>
Please find attached our rate proposal for the ${openings[0].role} opening at ${client}.
<#else>
Please find attached our rate proposals for ${openings?size} openings at ${client}.
</#if>

<#list openings as o>
${o.role} | ${o.level}, ${o.location}<#if o.engagement?has_content> | ${o.engagement}</#if>
<#if o.base??>
  Recommended base salary:  ${o.base}
</#if>
<#if o.totalComp??>
  Total compensation:       ${o.totalComp}
</#if>
<#if o.billRate??>
  Bill rate:                ${o.billRate}
</#if>
<#if o.verdict??>
  Your budget:              ${o.verdict}<#if o.verdictMeaning??> (${o.verdictMeaning})</#if>
</#if>
<#if o.files?has_content>
  Attached:                 ${o.files?join(", ")}
</#if>

</#list>
<#if !single && attachments?has_content>
Attachments: ${attachments?join(", ")}

</#if>
<#if formats?seq_contains("zip")>
The zip holds every proposal (PDF) and workbook for ${client}.
<#elseif formats?seq_contains("pdf") && formats?seq_contains("xlsx")>
The PDF is the proposal to share; the workbook has the full breakdown behind each figure.
<#elseif formats?seq_contains("xlsx")>
The workbook has the full breakdown behind each figure.
</#if>
<#if accountManager.name?has_content>
Questions? Reply to this email or contact ${accountManager.name}<#if accountManager.email?has_content> (${accountManager.email})</#if>.
<#else>
Questions? Just reply to this email.
</#if>

-- 
${brand.signature}
