// Preloaded into measured processes: prints the peak resident memory on exit (stderr).
process.on('exit', () => {
    process.stderr.write(`\n__cjourney_max_rss_kb=${process.resourceUsage().maxRSS}\n`);
});
