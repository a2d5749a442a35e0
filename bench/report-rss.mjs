// Preloaded into measured processes: prints the peak resident memory and the CPU time of
// every thread (user + system) on exit (stderr).
process.on('exit', () => {
    const { user, system } = process.cpuUsage();
    process.stderr.write(
        `\n__cjourney_max_rss_kb=${process.resourceUsage().maxRSS}\n__cjourney_cpu_ms=${Math.round((user + system) / 1000)}\n`
    );
});
