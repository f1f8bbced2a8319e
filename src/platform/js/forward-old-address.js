// Sends an old address of AIMS Assess (data.html, risks.html#/risks/R1, ...) on to the same
// section of the one page, index.html, without leaving the old address in the history. The
// page names the section its address opened on without a hash (see .ci/old-addresses.mjs).
const home = document.querySelector('meta[name="aims-assess-home"]')?.content ?? '';
const hash = /^#\/?$/.test(location.hash) ? '' : location.hash;
location.replace(`index.html${hash || home}`);
