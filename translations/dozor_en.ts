<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AlertCommand</name>
    <message>
        <source>Alert channels.
  test CHANNEL  sends a test message to the channel now and says whether it arrived
                (exit 0) or why not (exit 4)
  list          the channels and where each level goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test or list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the channel&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: dozor alert test CHANNEL, or dozor alert list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no alert channels in %1 (add them under &quot;alerts&quot;: {&quot;channels&quot;: […]})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No routes: every alert goes to every channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 alerts%2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> tagged %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no alert channel with id &quot;%1&quot; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test alert delivered to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test alert to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertMessages</name>
    <message>
        <source>Telegram did not accept the message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;ok&quot; in its answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertingJson</name>
    <message>
        <source>must be an object, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;tray&quot;, &quot;telegram&quot; or &quot;webhook&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;json&quot; or &quot;slack&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrets never go into the workspace file; store it with: dozor secret set --channel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>levels are &quot;critical&quot;, &quot;warning&quot; and &quot;info&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date and time such as 2026-12-05T01:00:00+03:00, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;day&quot; or &quot;week&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days are mon, tue, wed, thu, fri, sat, sun; got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;restart_unit&quot;, &quot;fix_path&quot; or &quot;command&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1–%2, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate channel id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Telegram channel needs the chat id its bot writes to (e.g. -1001234567890)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an http(s) address, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a webhook needs an http(s) address, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a header name such as X-Dozor-Token, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a route needs at least one channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no channel with id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate maintenance window id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no target with id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be later than start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a time of day such as 03:00, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a weekly window needs its days, e.g. [&quot;sun&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot; (use an IANA name such as Europe/Moscow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remediation runs on a server: target &quot;%1&quot; has no SSH login and is not this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restart_unit needs the systemd unit to restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fix_path needs a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fix_path needs an owner, a group or a mode to set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be octal such as 755, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a command remediation needs the command to run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AxisScale</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 TiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>✓ ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the history file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1 (%2) was interrupted: Dozor stopped while it ran. Check the server before running it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Listing %n source(s)…</source>
        <translation>
            <numerusform>Listing %n source…</numerusform>
            <numerusform>Listing %n sources…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no backup source &quot;%1&quot; in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: listing failed: %2 (the catalog shows the last listing that worked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOURCE        NAME                                      TIME              AGE        SIZE  KIND      VERIFIED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: listing failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep  </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drop  </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gap   no %1 backup for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no retention policy: nothing to prune (set &quot;retention&quot; on the source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the policy keeps every backup; nothing to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The policy (%1) drops %n backup(s) of %2:</source>
        <translation>
            <numerusform>The policy (%1) drops %n backup of %2:</numerusform>
            <numerusform>The policy (%1) drops %n backups of %2:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted: add --yes to delete them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prune %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n backup(s).</source>
        <translation>
            <numerusform>Deleted %n backup.</numerusform>
            <numerusform>Deleted %n backups.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lists no backups to verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: intact (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: FAILED: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: could not verify: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup of %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup of %1 made %2, but: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1: %2 (%3), verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jobs have run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this server&apos;s sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the catalog as last listed, without asking the servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do it (prune).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many jobs to show (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: dozor backup %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no server &quot;%1&quot; in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace has no backup sources: add a &quot;backups&quot; array (see the README&apos;s Backups section)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder Dozor can write to (--to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists no backups to download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download of %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backups of the workspace&apos;s servers (its &quot;backups&quot; sources).
  list [--target ID] [--source ID] [--json]  list every backup on the servers
  verify SOURCE [--newest | BACKUP]   test one backup (archive, checksum, database)
  download SOURCE [--newest | BACKUP] [--to DIR]  copy a backup to this computer
  run SOURCE                          back up now, then list and verify the new backup
  policy SOURCE [--json]              what the retention policy keeps and drops
  prune SOURCE --yes                  delete what the policy drops
  jobs [--json] [--limit N]           the jobs that ran, newest first
BACKUP is the name `list` shows. Exit codes: 0 done (verify: intact), 2 verification failed, 3 usage, 4 could not run (listing or job failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where download puts the backup (default: the current folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: dozor backup list|verify|download|run|policy|prune|jobs … (see dozor backup --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify or download the newest backup (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, verify, download, run, policy, prune or jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1 (%2) was interrupted: Dozor stopped while it ran. dozor restore resume %1 finishes it, dozor restore rollback %1 puts back what it replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1 (%2) was interrupted: Dozor stopped while it ran. dozor deploy rollback %3 (without --yes) shows which release is live and what a rollback would do.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupListing</name>
    <message>
        <source>%1 printed something that is not JSON (%2 at byte %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 backups: the rest are not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry of the listing cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its modification time cannot be true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not fit the time format %2; its modification time is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restic listed no snapshots (not a JSON array)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a restic snapshot without a readable id or time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>borg listed no archives (no &quot;archives&quot; array)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a borg archive without a readable name or time: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupPlans</name>
    <message>
        <source>Test the archive (gzip -t, tar -t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the archive (zstd -t, tar -t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the archive (tar -t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the archive (unzip -t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the compression (gzip -t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the compression (zstd -t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the database (PRAGMA integrity_check on a copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the dump&apos;s table of contents (pg_restore --list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the dump is readable and not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>df printed no usage line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>df printed an unexpected line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify %1 of %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the repository and read a tenth of its data (restic check --read-data-subset=10%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the archive (borg check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a backup name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with the checksum file (sha256sum -c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that every file in the folder is readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the databases in it (PRAGMA integrity_check on a copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dozor has no test for %1: it tests .tar, .tar.gz, .tgz, .tar.zst, .zip, .gz, .zst, SQLite files, .sql and PostgreSQL custom dumps; add &quot;sha256_sidecars&quot; to compare a checksum instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pattern &quot;%1&quot; needs exactly one * to make a new backup&apos;s name from the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name made from time_format &quot;%1&quot; (%2) does not fit the pattern &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough space in %1: this backup needs about %2 MiB (the size of the last one) and %3 MiB are free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the free space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no &quot;paths&quot; to back up and no &quot;command&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up with restic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up with borg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the unfinished file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs &quot;restore_to&quot; (the live database file) or a &quot;command&quot; to back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the live database (sqlite3 VACUUM INTO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no &quot;paths&quot; to put in an archive and no &quot;command&quot; to back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dozor makes .tar, .tar.gz, .tgz and .tar.zst archives; for %1 give the source a &quot;command&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the archive (tar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n backup(s) of %1 on %2</source>
        <translation>
            <numerusform>Delete %n backup of %1 on %2</numerusform>
            <numerusform>Delete %n backups of %1 on %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Forget the snapshots and prune (restic forget --prune)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the archives (borg delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free the space (borg compact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dozor dumps PostgreSQL in pg_dump&apos;s custom format: name the pattern *.dump (%1 is not), or give the source a &quot;command&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dump the database (pg_dump -Fc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2 repository: its snapshots are not files to download; use the restore (or the tool&apos;s own restore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download %1 of %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download its checksum file %1.sha256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the downloaded checksum file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the copy against its checksum file (sha256sum -c)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>%1 exited with status %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exited with status %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no backup source &quot;%1&quot; in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the listing is larger than %1 MiB; narrow the source&apos;s pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup ran, but listing the source failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup ran, but the source lists no backup afterwards: check its path and pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no backup named &quot;%2&quot; (as last listed; `dozor backup list --source %1` lists them again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no backup named &quot;%2&quot; (as last listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new backup did not pass verification: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup job ended, but no new backup of %1 appeared (check what its command writes, and the source&apos;s path and pattern)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s listings are larger than Dozor reads (64 MiB); preview a part with --path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>files of the same size were not compared by content (%1): they count as overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source %1 is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no &quot;restore_to&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a restore of %1 is running now (job %2): wait for it, or cancel it on the Jobs page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (this record only serves to roll back the last restore: delete it if you do not need that)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>ends with a lone %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%%1 is not a field; use %Y %m %d %H %M %S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least %Y, %m and %d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsJson</name>
    <message>
        <source>must be an object, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;files&quot;, &quot;database&quot;, &quot;restic&quot; or &quot;borg&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;full&quot;, &quot;config&quot;, &quot;content&quot;, &quot;database&quot; or &quot;logs&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 0–100000, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate backup source id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no target with id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backups are read on a server: target &quot;%1&quot; has no SSH login and is not this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an absolute path such as /srv/app, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 source needs its repository (a path or a location such as sftp:user@host:/repo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an absolute path on one line, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be the absolute path of the folder that holds the backups, such as /var/backups/app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must name the backups, e.g. &quot;full_*.tar.gz&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches names in the folder; put the folder in &quot;path&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot; (use an IANA name such as Europe/Moscow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts with the program to run, e.g. [&quot;/usr/local/bin/backup.sh&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not contain a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 0–8784 (0: only on request), got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds a password: the workspace never keeps one. Leave it out of the location and store the repository&apos;s password with dozor secret set --backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty: name the program to run, e.g. [&quot;/usr/local/bin/backup.sh&quot;], or leave &quot;command&quot; out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>belongs to a &quot;database&quot; source (the dumps pg_dump writes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds a password: the workspace never keeps one. Leave it out and store it with dozor secret set --backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and &quot;command&quot; both say how to back up: keep one (&quot;postgres&quot; dumps with pg_dump -Fc, &quot;command&quot; runs your own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must end in .dump for a &quot;postgres&quot; source (pg_dump&apos;s custom format), got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 5–3600 seconds, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a user or group name such as www-data, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a systemd unit name such as gunicorn.service, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;stop_command&quot; and &quot;start_command&quot; go together: a restore that stops a service must start it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an octal mode such as 0644 or 0755, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuildFolder</name>
    <message>
        <source>the build folder %1 does not exist (did the build run?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the build folder is a link: a static deploy sends files and folders only (copy what it links to into the build)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the build folder is not a file or a folder (a socket or a device?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the build folder %1 is empty: there is nothing to deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make the folder for %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy %1 for the upload: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the build folder has a name that is not UTF-8: rename it (a web server could not serve it by that name either)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogBook</name>
    <message>
        <source>the backup catalog in the history file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run only the check ID (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no check with id &quot;%1&quot; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace has no checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run every check once and print the results.
Exit code: 0 all OK, 1 worst is WARN, 2 worst is CRIT or UNKNOWN, 3 usage or workspace error, 5 an SSH host key was refused for safety.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run only the checks of server ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit 0 when the worst is WARN (a restore waits for this).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no server with id &quot;%1&quot; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server %1 has no checks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckKind</name>
    <message>
        <source>is not a valid regular expression: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not contain a line break or a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a percentage between 0 and 100, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be above %1 (%2), got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the probe did not report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the probe did not report %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command ended without an exit status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit status %1, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output does not match /%1/: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (only the first %1 KiB were read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first %1 KiB of output matched; the command was stopped there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not contain NUL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a shell command run by the login account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpected exit status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Output must match:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU %1 busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentage used that makes the check a warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disk usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 used, %3 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 inodes %2 used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not mounted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no filesystem to watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fullest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an absolute mount point such as /var, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk and inode use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;ount points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every real filesystem; or e.g. /, /var</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inodes warning at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inodes critical at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk used %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inodes used %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an HTTP status code, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must start with http:// or https://, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not contain a user name or password; secrets never go into the workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a valid header name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not contain line breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looks like a credential stored in plain text in the workspace file; keep this file private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an HTTP method such as GET or HEAD, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an HTTP status code (100–599), got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1 … %1 bytes, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be above tls_warn_days (%1), got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status code; list codes like 200, 301</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP(S) request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time that makes the check a warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP(S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expected status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any 2xx; or e.g. 200, 301</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page &amp;contains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text the page must contain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page must &amp;not contain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Traceback, Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate warning at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate critical at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only for a private CA (PEM file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS certificate days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the load average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of CPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>load %1 per core (5-min %2 on %n CPU(s))</source>
        <translation type="unfinished">
            <numerusform>load %1 per core (5-min %2 on %n CPU)</numerusform>
            <numerusform>load %1 per core (5-min %2 on %n CPUs)</numerusform>
        </translation>
    </message>
    <message>
        <source>Load per core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5-minute load average per CPU core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load (1 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load (5 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load (15 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load per core (5 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read by the login account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log&apos;s size was not reported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting lines matching /%1/ in %2 from now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grep gave no count: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new line(s) matching /%2/ in %3 (%4 per minute)</source>
        <translation type="unfinished">
            <numerusform>%n new line matching /%2/ in %3 (%4 per minute)</numerusform>
            <numerusform>%n new lines matching /%2/ in %3 (%4 per minute)</numerusform>
        </translation>
    </message>
    <message>
        <source>; the log was rotated, counted from its start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; only the newest 64 MiB were read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an absolute path such as /var/log/app.log, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty, e.g. &quot;ERROR|CRITICAL&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log error rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> /min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New matching lines per minute that make the check a warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. /var/log/app/error.log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines &amp;matching:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ERROR|CRITICAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching log lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching log lines per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, swap %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory %1 used, %2 available%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stat printed more than was asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stat output unreadable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner is %1, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group is %1, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode is %1, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no account %1 on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3:%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, readable by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an absolute path such as /srv/www, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a user or group name: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an octal mode such as 644 or 0755, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checks only that the path exists; add owner, group, mode or readable_by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path ownership and permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. /srv/www/site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any; or e.g. 755</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Readable by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. www-data (the web server&apos;s account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pgrep is not installed on the server (package procps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pgrep gave no count: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processes matching /%1/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, need at least %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, at most %3 allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs either &quot;name&quot; (the process name, e.g. gunicorn) or &quot;pattern&quot; (a regular expression on the command line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linux keeps only the first 15 characters of a process name, so &quot;%1&quot; never matches; use &quot;pattern&quot; instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least min (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. gunicorn (exact name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command-line &amp;pattern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or a regular expression on the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At &amp;least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At &amp;most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemctl is not installed on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemctl gave no unit states: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (allowed: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list at least one systemd unit, e.g. [&quot;nginx&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a systemd unit name: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1; got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemd units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemd &amp;units:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. nginx, gunicorn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed &amp;states:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebooted %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime (reboot detection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checks are not answered by the probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checks do not run a command of their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>df reported figures for %1 that cannot be true: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a status code or a list of them, e.g. [200, 301]; got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set &quot;name&quot; or &quot;pattern&quot;, not both: a name counts processes called exactly that, a pattern matches their command lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CPU counters started again since the last sample (a restart?); CPU use is measured from the next sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebooted %1 ago (booted %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up %1 (booted %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a reboot seen while watching, warn until the machine has been up this long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must start with http:// or https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list the backups of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no backup of %1 (the listing found none; check the source&apos;s path and pattern)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (as last listed; listing now failed: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the newest backup of %1 is %2 old (limit %3 h): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last verification of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the newest backup of %1 is %2, %3% of the usual %4 (the median of the %5 before it): was an empty folder backed up?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup volume of %1 fills up in about %2 days at the recent rate (%3 free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newest backup of %1: %2, %3 old%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must name a backup source (an id of the &quot;backups&quot; array)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1–8784 hours, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 0–100 (0: not checked), got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 0–3650 (0: not checked), got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup freshness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id of a backup source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest backup at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn when smaller than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> % of the usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn when the volume fills within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest backup&apos;s age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest backup&apos;s size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free space on the backup volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checks do not read the backup catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup checks need the history file&apos;s backup catalog, which this run has not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing the backups of %1 took longer than %2 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this dozor was built without the desktop app (DOZOR_GUI=OFF); dozor watch runs the same monitoring headless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: dozor &lt;command&gt; [options]

Commands:
  validate   check a workspace file and list every problem in it
  check      run every check once; exit 0 OK, 1 WARN, 2 CRIT/UNKNOWN, 3 usage error
  watch      run the checks on their intervals and record history
  history    export a recorded series (CSV or JSON)
  secret     store or remove a server&apos;s SSH password or key passphrase, or an alert
             channel&apos;s token, in the system keychain (dozor secret set|clear TARGET,
             dozor secret set|clear --channel ID, --backup ID for a repository
             or a PostgreSQL database)
  import-ssh-config  add the hosts of ~/.ssh/config as servers
  maintenance  start, stop or list maintenance windows (no alerts while one is open)
  alert      test an alert channel (dozor alert test CHANNEL) or list the channels
  journal    list, add or export (Markdown) incidents and journal entries
  uptime     uptime and MTTR per check and server over a period
  remediate  run a check&apos;s remediation now (shows the command and asks first)
  backup     list, verify, download, make and prune the servers&apos; backups
             (dozor backup --help)
  restore    preview a restore of a backup, run it, resume or roll back one
             (dozor restore --help)
  deploy     deploy a recipe to a server, roll back, list the deploys
             (dozor deploy --help)

Options:
  -h, --help     show this help, or a command&apos;s help with dozor &lt;command&gt; --help
  -v, --version  show the version

Every command takes --workspace FILE; the default workspace lives in the user&apos;s
configuration folder (DOZOR_HOME overrides it and the data folder).

Without a command dozor opens the desktop app (also: dozor gui), which takes
--workspace FILE, --page overview|journal|backups|jobs|target:ID and --hidden (start in
the tray).
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Use the workspace FILE instead of the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a workspace that watches this computer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust SSH servers whose host key is not known yet and remember their keys. A changed key is refused all the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot use its SSH password: %2. Store it with: dozor secret set %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot use its key&apos;s passphrase: %2. Store it with: dozor secret set %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert channel %1: cannot read its secret: %2. Store it with: dozor secret set --channel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read its SSH password: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read its key&apos;s passphrase: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup source %1: cannot read its password: %2. Store it with: dozor secret set --backup %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabasePreview</name>
    <message>
        <source>a line of the row counts cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DefaultWorkspace</name>
    <message>
        <source>My servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeployCommand</name>
    <message>
        <source>Plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  At the end, whatever happens: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy %1 to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the login&apos;s home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live release: none (this is the first deploy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live release: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock of a deploy whose Dozor is gone (%1) will be taken over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Build: %1, %n file(s), %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Changes: %1 to upload (%2), %3 removed, %4 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 done (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 done (%2): %3 is live%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 was live before (dozor deploy rollback %2 goes back to it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was live before; nothing is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is live, as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the server (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migrations ran: the code is back but the database keeps their changes. Restore the database if the old code needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migrations ran: the code is back but the database keeps their changes. The backup taken before them is the newest of %1: dozor restore preview %1, then dozor restore run %1 --yes (nothing is restored without you).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy of %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed on the server: add --yes to deploy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy of %1 to %2 did not start: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server %1 has no recipe that keeps releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server %1 has several recipes (%2): name one with --recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback of %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releases on the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed on the server: add --yes to roll back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback of %1 on %2 did not start: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deploys of %1 recorded here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server %1 has no recipe &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipe %1 has no smoke requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploys of the workspace&apos;s recipes (its &quot;deploy&quot; array).
  SERVER RECIPE [--ref REF] [--from DIR] --yes [--json]
      deploy: the plan and what changes are shown without --yes. A static site is
      built here (the recipe&apos;s &quot;build&quot;; --from DIR deploys DIR as it is), compared
      with the live release, and only the files that differ are uploaded into a new
      release; an app&apos;s ref is checked out on the server. The new release is made
      live by replacing the link current in one rename, inside a grace window (no
      alerts); when anything after that fails, the release live before comes back.
  rollback SERVER [--recipe ID] [--to RELEASE] --yes
      make the release that was live before the last deploy live again (or RELEASE)
  list SERVER [--json] [--limit N]   the deploys recorded here, newest first
  smoke SERVER RECIPE   run the recipe&apos;s smoke requests now
Exit codes: 0 done, 2 smoke requests failed, 3 usage (or --yes missing), 4 the deploy
failed (it was rolled back when it had changed what is live).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app: the branch, tag or commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>static: deploy this folder as it is (no build).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy even when the server&apos;s checks fail before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the job (or the list) as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback: the recipe (when the server has several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback: this release (a name in releases/).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: at most N deploys (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SERVER RECIPE, or rollback|list SERVER, or smoke SERVER RECIPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: dozor deploy SERVER RECIPE --yes, dozor deploy rollback|list SERVER, dozor deploy smoke SERVER RECIPE (see dozor deploy --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no server &quot;%1&quot; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploying %1 to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may be live. Look at the server: dozor deploy rollback %2 makes %3 live again (the release that was live before).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 was live before (dozor deploy rollback %2 --to %1 goes back to it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeployPlans</name>
    <message>
        <source>Restart the service (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record on the server that %1 was live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the server&apos;s checks after the rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 live (current → releases/%1, one rename)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the current link (there was no release before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 live again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the server&apos;s checks until they pass (a try every %1 s for %2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Run the smoke requests (%n request(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Take the deploy lock on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release the deploy lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a branch, tag or commit name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/current is a folder, not a link to a release: move it into %1/releases/ and link it (mkdir -p %1/releases &amp;&amp; mv %1/current %1/releases/first &amp;&amp; ln -s releases/first %1/current), or deploy to another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2, process %3, since %4 UTC (release %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a deploy needs a release stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a static deploy needs its build compared first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy %1 (%2) to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the server&apos;s checks before the deploy (they must pass)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the new release %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the new release %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Make the new release %1 from a copy of %2 (%n path(s) removed)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Upload %n changed file(s) (%1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Put the uploaded files in place and check the release against the build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check out %1 in the new release %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the requirements into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the migrations (manage.py migrate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect the static files (manage.py collectstatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the modes (files %1, folders %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the release to %1 and set the modes (files %2, folders %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Record the deploy as done and keep the newest %n release(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the server has no record of a deploy by Dozor: name the release with --to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there was no release before the last deploy (%1): name one with --to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipe %1 is a generic one: it keeps no releases to go back to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no release %1 in %2/releases (there are: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll %1 on %2 back to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the rollback as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s answer is not a deploy state (the first line is &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lock that names no one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the live release&apos;s listing has a line Dozor cannot read: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the live release&apos;s listing names &quot;%1&quot;, which is not a path inside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the new release %1 from a copy of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/current links to %2, not to a release in %1/releases/: Dozor leaves a layout it did not make alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/current links to releases/%2, which is not there: make a release live first with dozor deploy rollback %3 --to RELEASE (there are: %4), or remove the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the release to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last change there was a rollback (to %1, from %2): name the release to go to with --to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is live: the last deploy (%2) did not go live, or was rolled back already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the live release (%1) is not the one the last deploy made (%2): name the release with --to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the live release holds a file whose name is not UTF-8: rename it on the server (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeployService</name>
    <message>
        <source>there is no server &quot;%1&quot; in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server %1 has no deploy recipes (the workspace&apos;s &quot;deploy&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server %1 has no recipe &quot;%2&quot; (its recipes: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project folder %1 does not exist (the recipe&apos;s &quot;project&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the build failed (exit status %1): nothing was deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the build did not finish: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 on %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the login&apos;s home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing %1 with the live release…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make a folder for the upload: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another deploy holds the lock on %1: %2. If none runs there, remove %3/.dozor-deploy.lock on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup before the deploy (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another deploy holds the lock on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the grace window (no alerts during the deploy): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipe %1 is a generic one: it keeps no releases to go back to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeploysJson</name>
    <message>
        <source>must be an object, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1–%2 seconds, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing: the program and its arguments, e.g. [&quot;./manage.py&quot;, &quot;clearcache&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;stop&quot;, &quot;roll_back&quot; or &quot;continue&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an HTTP status (100–599), got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;static&quot;, &quot;app&quot; or &quot;generic&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 2–100 releases (the live one and the one before it are always kept), got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate recipe &quot;%1&quot; on server &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no target with id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a deploy runs on a server: target &quot;%1&quot; has no SSH login and is not this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be the absolute path of the site&apos;s or app&apos;s folder on the server, such as /srv/site (it holds releases/ and current), got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a user or group name such as www-data, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an octal mode such as 0644 or 0755, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a systemd unit name such as gunicorn.service, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and &quot;unit&quot; both say how to restart: keep one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backup source with id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must name the build folder to upload, e.g. &quot;dist&quot; (under &quot;project&quot;, or absolute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>belongs to a &quot;static&quot; recipe (a site built and uploaded from this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>belongs to an &quot;app&quot; recipe (a git checkout on the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a generic recipe is its steps: name at least one, e.g. {&quot;name&quot;: &quot;clear cache&quot;, &quot;command&quot;: [&quot;./manage.py&quot;, &quot;clearcache&quot;]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts with the program to run, e.g. [&quot;./manage.py&quot;, &quot;clearcache&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not contain a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an http:// or https:// address, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a name for a value: letters, digits and &apos;_&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must name a field of the JSON answer, e.g. &quot;token&quot; or &quot;data.token&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of requests, got %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message>
        <source>&quot;%1&quot; is not a duration; use a number followed by s, m, h, d or w, such as 90s, 15m, 1h or 7d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>Dozor desktop app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this workspace file instead of the default one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in the tray without showing the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dozor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start on this page: overview, journal or target:ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 is already being watched by %2. Dozor watches a workspace once at a time: stop that one first, or open another workspace with --workspace FILE.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>Export a recorded series from the history store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check ID (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this metric (default: every metric of the check).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far back: 1h, 24h, 7d, 90d … (default 1h).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N points per series (default 500).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimate keeping every bucket&apos;s minimum and maximum (default: LTTB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--check ID is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose one of --csv and --json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--points must be 1 … 1000000, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no metric &quot;%1&quot; recorded for check &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing recorded for check &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 / %2 — %n point(s) from the %3 tier</source>
        <translation>
            <numerusform>%1 / %2 — %n point from the %3 tier</numerusform>
            <numerusform>%1 / %2 — %n points from the %3 tier</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryReader</name>
    <message>
        <source>no history yet: %1 does not exist (run dozor watch first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history file has schema %1, this Dozor reads %2; start dozor watch once to upgrade it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of points must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the range ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no series &quot;%1&quot; recorded for check &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history file is not open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistorySchema</name>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history file was written by a newer Dozor (schema %1; this version knows up to %2) — upgrade Dozor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrading the history file to schema %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Qt SQLite driver is not installed (package libqt6sql6-sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the history file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set up the history file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Dozor history file: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostKeyPrompt</name>
    <message>
        <source>Unknown host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) presents a host key Dozor has not seen before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare it with the server&apos;s own fingerprint (on the server: ssh-keygen -lf /etc/ssh/ssh_host_%1_key.pub) before you trust it. Once trusted, a different key from this server is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust and connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpEvaluator</name>
    <message>
        <source>2xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no complete response within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>TLS certificate expires in %n day(s)</source>
        <translation>
            <numerusform>TLS certificate expires in %n day</numerusform>
            <numerusform>TLS certificate expires in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>slow: %1 (limit %2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slow: %1 (warning at %2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (only the first %1 bytes were read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyword &quot;%1&quot; not found in the body%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unwanted text &quot;%1&quot; found in the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect %1 to %2 (not followed; expected %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 %2 (expected %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, body over %1 bytes (truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, certificate valid %n more day(s)</source>
        <translation>
            <numerusform>, certificate valid %n more day</numerusform>
            <numerusform>, certificate valid %n more days</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP %1 (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSshConfigCommand</name>
    <message>
        <source>The config file (default: ~/.ssh/config).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import only the Host ALIAS (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print what would be added; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Host %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped %1: already in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1. New servers&apos; host keys are asked about on first connection (dozor check --accept-new-host-keys to trust them here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would add %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the hosts of an OpenSSH client config (~/.ssh/config) to the workspace as servers: Host, HostName, Port, User, IdentityFile and ProxyJump (jump hosts). Hosts the workspace already has (same address, port, user and jump hosts) are skipped; each new server comes with the standard host checks (CPU, load, memory, disks, uptime) unless --no-default-checks is given; hosts reached through a ProxyCommand are not imported. Dozor reads the file itself; nothing else in it (host-key options) has any effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the servers without the standard host checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> with checks %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentEngine</name>
    <message>
        <source>CRITICAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INFO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot run either: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fails too: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed state %2 times in %3; alerts about it are held back until it settles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLAPPING: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped flapping; it is failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped flapping; it is OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SETTLED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after %2 failed runs in a row: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK again after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;resolved&quot; message: the check is flapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maintenance window %1 until %2: no alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no alert while the check is flapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
%1 checks cannot run on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Failing since %2.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Still failing after the maintenance window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (was WARNING)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Failing since %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STILL %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Failing for %2, since %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESOLVED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK again after %1 (since %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed: no longer in the workspace, so no longer watched</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobBook</name>
    <message>
        <source>recording the job in the history file failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobManager</name>
    <message>
        <source>Dozor stopped while this job was running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dozor stopped while this job was running (it was closed, crashed or the computer went to sleep); check the server before running it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job has no steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel asked: the job stops after this step, which is not safe to interrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>== Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>== %1 (try %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>== %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exited with status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exited with status %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>did not finish within %n s and was stopped</source>
        <translation>
            <numerusform>did not finish within %n s and was stopped</numerusform>
            <numerusform>did not finish within %n s and was stopped</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled before it started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; undoing it failed too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rolling back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobScript</name>
    <message>
        <source>the step has no command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an environment variable name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalBook</name>
    <message>
        <source>reading the history file failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add the note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the journal entry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no journal entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove the journal entry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record the maintenance window: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot end the maintenance window: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalCommand</name>
    <message>
        <source>How far back: 24h, 7d, 30d … (default: everything).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the period (2026-12-01 or 2026-12-01T08:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a date or date and time such as 2026-12-01 or 2026-12-01T08:00, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPEN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing in the journal for this selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident journal: incidents Dozor recorded and entries written by people.
  list    incidents (open first) and entries; filter with --target, --severity, --search and a period
  add     a journal entry: --title, and any of --severity, --target, --start, --end, --what, --cause, --fix, --follow-ups, --incident
  export  Markdown of one --incident, or of a period (to --output or standard output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical, warning or info.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what contains all these words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: the title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: when it began (default now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: when it ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: the root cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: what fixed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: what is still to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: the incident it is about; export: only this incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: write to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, add or export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--severity is critical, warning or info, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a journal entry needs --title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no target with id &quot;%1&quot; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a date or date and time such as 2026-12-01T08:00, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no incident %1 in the history (dozor journal list shows their ids)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime and mean time to recovery per check and per server over a period (default the last 30 days). Only time Dozor observed counts; the rest is shown as not observed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 up, %3 incident(s), MTTR %4, not observed %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was observed in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown journal action &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: dozor journal list|add|export (one incident: dozor journal export --incident ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalExport</name>
    <message>
        <source> — </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- **Severity:** %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- **Server / check:** %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- **Opened:** %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- **Still open** (%1 so far)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- **Resolved:** %1 (after %2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- During a maintenance window
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- **Affected checks:** %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- **Last reason:** %1

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>### Timeline

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>### Alerts

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- **Server:** %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- **Start:** %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- **End:** %1 (%2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- **Incident:** %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no incident %1 in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># Incident report

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># Incident journal

</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Period: %1 – %2. %n incident(s)</source>
        <translation>
            <numerusform>Period: %1 – %2. %n incident</numerusform>
            <numerusform>Period: %1 – %2. %n incidents</numerusform>
        </translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n journal entry(ies).

</source>
        <translation>
            <numerusform>, %n journal entry.

</numerusform>
            <numerusform>, %n journal entries.

</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key, ignored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaintenanceCommand</name>
    <message>
        <source>Maintenance windows: checks run and are recorded, incidents are marked &quot;in maintenance&quot;, and no alert is sent.
  start  opens a window now (a running dozor watch or desktop app sees it within seconds)
  stop   ends a window early: its ID, or every open one of --target, or --all
  list   open and upcoming windows, the workspace&apos;s own and those started here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this server (default: the whole workspace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long: 15m, 1h, 2d … (default 1h).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, for the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop: every open window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start, stop or list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: dozor maintenance start|stop|list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no target with id &quot;%1&quot; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance window %1 on %2 until %3: no alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say which window: its ID, --target ID or --all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no open maintenance window matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n maintenance window(s) ended.</source>
        <translation>
            <numerusform>%n maintenance window ended.</numerusform>
            <numerusform>%n maintenance windows ended.</numerusform>
        </translation>
    </message>
    <message>
        <source>all servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTIVE until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no maintenance windows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricDisplay</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory and swap used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemd units active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathAccess</name>
    <message>
        <source>%1 owns it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in group %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither its owner nor in group %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was reported about the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot enter %2 (%3; %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot read %2 (%3; %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProbeParser</name>
    <message>
        <source>number of CPUs not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of CPUs unreadable: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/proc/uptime unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/proc/loadavg unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/proc/loadavg unreadable: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/proc/stat cpu line unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/proc/meminfo has no MemTotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 filesystems; the rest are ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>df reported no filesystems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probe output is larger than %1 MiB; refusing to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not Dozor probe output (it starts with &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported probe output version &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the probe printed nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not Dozor probe output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probe output ended early (cut off or killed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s and was stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemediateCommand</name>
    <message>
        <source>Run a check&apos;s remediation now, on its server, and record it in the check&apos;s open incident. Shows the exact command first and asks; --yes runs it without asking (for scripts). Exit code: 0 when it exited 0, 4 when it failed or could not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: dozor remediate CHECK [--yes]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no check with id &quot;%1&quot; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (set &quot;remediation&quot; on the check in the workspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 this runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a terminal, so nobody can say yes: add --yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run it? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remediation run from the command line: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Remediation</name>
    <message>
        <source>fix_path has nothing to set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command contains a NUL byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this check has no remediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restart %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fix ownership and permissions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not run: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done (exit 0) in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: failed with exit status %2 in %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; output: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourceEvaluator</name>
    <message>
        <source>%1 TiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 check is not a resource check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore preview of %1 %2 into %3:%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the backup&apos;s folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n other entries of the backup are not restored</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes (backup ← live):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… %n more to %1 (--all lists every one)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BACKUP ROWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIVE ROWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) with data:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Needs %1 on the server; %2 free there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs %1 on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLOCKED: this backup cannot be restored as it is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 has no checks: nothing will confirm that the restored service works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s checks pass now: if they fail after the restore, it is rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s checks fail now: if they still fail after the restore, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is rolled back (--rollback-on-failure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the restored state is kept (--rollback-on-failure rolls it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore of %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: add --yes to run this plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore of %1 %2 did not start: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring %1 %2 into %3 (job %4)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 into %2 (%3), but the server&apos;s checks still fail; the restored state is kept. The copy from before is in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore of %1 %2 %3: %4. Everything it changed was put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore of %1 %2 %3: %4. Look at the server: dozor restore rollback %1 puts back what it replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback of the restore of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restore of %1 (%2, started %3) %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore of %1 cannot be resumed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: add --yes to finish it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: add --yes to roll it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing the restore of %1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback of %1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 into %2. The copy from before is in %3; delete it when you are satisfied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back: %1 is as it was before the restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore only this path (relative to restore_to, or absolute under it); repeat for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON output: the counts under create, overwrite, metadata, delete and unchanged, and the lists under the same names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every change (default: the first 20 of each kind).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do it (run, resume, rollback).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll the restore back when the server&apos;s checks fail after it, even if they failed before it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preview, run, resume or rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: dozor restore preview|run SOURCE [BACKUP] [--path P]… or dozor restore resume|rollback SOURCE|JOB (see dozor restore --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1 is not a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists no backups to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 and the live side on the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore preview of %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no incident %1 (dozor journal list shows them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing the restore of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was being rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>had begun to swap the restored copy in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>had not changed anything live yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident the restore is for: its journal entry links to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last restore of %1 (%2, started %3) finished; the copy from before it is kept in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restores of the workspace&apos;s backups.
  preview SOURCE [BACKUP] [--path P]… [--json] [--all]
      what restoring the backup (default: the newest) into the source&apos;s restore_to
      would create, overwrite, change (metadata only), delete and leave unchanged;
      a database&apos;s tables and rows; a dump&apos;s objects. Read on the server; nothing
      there is changed.
  run SOURCE [BACKUP] [--path P]… --yes [--rollback-on-failure] [--incident ID]
      restore it: the plan is shown without --yes. The live copy is moved aside (kept),
      the backup extracted and checked beside it, swapped in by rename, the services
      restarted and the server&apos;s checks run; anything failing puts everything back.
  resume SOURCE|JOB [--yes]    finish an interrupted restore whose copy was ready
  rollback SOURCE|JOB [--yes]  put back what an interrupted restore replaced, or
      what the last finished one replaced while its copy from before is kept
      (a restore&apos;s record is kept on the server beside restore_to).
Exit codes: 0 done (preview: nothing blocks the restore), 2 the preview blocks it or
the server&apos;s checks still fail after it, 3 usage (or --yes missing), 4 it could not
be done (a restore that failed was rolled back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back: %1 is as it was before the restore. What the restore had put in place is kept in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder (not listed in the archive: made by extracting it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 into %2 (%3). The copy from before is in %4: dozor restore rollback %5 puts it back; delete it when you are satisfied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no restore is under way there (%1 does not exist), and the last one cannot be rolled back (it was, or its copy from before is gone). Only the last restore can be: the copies from before earlier ones stay in their .dozor-safety- folders beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is not the restore the server&apos;s record is of (%2, started %3): dozor restore %4 %5 acts on that one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestorePlans</name>
    <message>
        <source>Dozor previews tar archives, timestamped folders, restic and borg snapshots, SQLite copies and SQL or pg_dump dumps; %1 is none of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup holds nothing for %1: restoring it would empty the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this restic version does not list where links point: links are compared by name, and a link leaving the folder is not found before the restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no &quot;restore_to&quot;: set the live folder (or database file) a restore of it writes into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 restores into /: Dozor restores into a folder, never over the whole system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a database backup is restored whole: --path is for folders, archives and snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the backup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the live database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list the live folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup holds no tables: restoring it would empty the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dump holds no objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the free space where %1 lives is not known: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of the same size but another time were not compared by content and count as overwritten</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the service (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the service (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a restore state file of this Dozor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the state file names %1, which is not where Dozor puts a restore&apos;s folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the state file is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the state file names %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the preview found what blocks this restore: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dozor previews dumps but does not restore them yet: restore %1 with pg_restore or psql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a restore needs a stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a path with a line break cannot be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1 %2 into %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the free space and record the restore on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the staging folder and the restore&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the backup into the staging folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the extraction folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extract the backup into the staging folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the restored copy in place in the staging folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the staged database (integrity_check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the staged copy against the backup&apos;s listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the restored files to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap the restored copy in (rename; the live copy moves to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the live copy back (rename)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back the restore of %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the restore was cut before its copy was ready: roll it back, then restore again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the restore of %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the live copy back (rename) and remove the restore&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the restore needs %1 for the restored copy, staged beside the live one; %2 is free there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s answer ended early (%1 of 4 parts); %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a symbolic link (to %2): a restore swaps folders by rename and would replace the link; set &quot;restore_to&quot; to the folder it points to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record on the server that the swap begins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the server&apos;s checks until they pass (a try every %1 s for %2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the modes of the restored files (%1) and folders (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on this computer: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undone by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the live copy back (rename); what the restore had put in place goes to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rollback of it began: finish the rollback (dozor restore rollback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the copy from before is still in %1, and reopen the restore&apos;s record for the rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it finished: there is nothing to finish (dozor restore rollback puts back what it replaced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish: remove the staging folder and keep the restore&apos;s record as the last restore&apos;s (the copy from before stays in %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record of the last restore is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is the record of a restore of %1, not of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the state file names %1, which is not %2 or the folder it is in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a folder in the live folder (a link, say): restoring %1 would write through it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the state file names items that a restore into %1 does not move: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestorePreview</name>
    <message>
        <source>more than %1 entries: the rest are not compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the listing ends in the middle of an entry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry of the listing cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line of the archive&apos;s listing cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a hard link to %2, which the archive does not hold before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an absolute path: it would be written outside the folder restored into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a path with &quot;..&quot;: it would be written outside the folder restored into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a device file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a link to %1, outside the folder restored into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a setuid program (mode %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a setgid file (mode %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line of %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not inside %2, the folder this backup restores into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leaves the folder restored into (&quot;..&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no path inside %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written through the link %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the archive as a file and as the folder of %2: extracting the archive fails there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultFormat</name>
    <message>
        <source>TARGET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHECK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REASON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 / %3  %4 → %5  %6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>keep everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the last %n</source>
        <translation>
            <numerusform>the last %n</numerusform>
            <numerusform>the last %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hourly</source>
        <translation>
            <numerusform>%n hourly</numerusform>
            <numerusform>%n hourly</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n daily</source>
        <translation>
            <numerusform>%n daily</numerusform>
            <numerusform>%n daily</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weekly</source>
        <translation>
            <numerusform>%n weekly</numerusform>
            <numerusform>%n weekly</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n monthly</source>
        <translation>
            <numerusform>%n monthly</numerusform>
            <numerusform>%n monthly</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n yearly</source>
        <translation>
            <numerusform>%n yearly</numerusform>
            <numerusform>%n yearly</numerusform>
        </translation>
    </message>
    <message>
        <source>keep %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunOutcome</name>
    <message>
        <source>did not finish within %1 s and was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed more than %1 KiB; the output was cut off and the run stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection failed during the run: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretCommand</name>
    <message>
        <source>set or clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no target with id &quot;%1&quot; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs no secret: it logs in with ssh-agent or a key without a passphrase (for a key with one, set &quot;key_passphrase&quot;: true in its &quot;ssh&quot; settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was entered; nothing was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove the %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of %2 is in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of %2 is no longer in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert channel ID instead of a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no alert channel with id &quot;%1&quot; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert channel %1 needs no secret (only Telegram bots and webhooks with a &quot;secret_header&quot; do)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bot token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 header value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert channel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store or remove a secret in the system keychain: the SSH password or key passphrase of a server, or with --channel the bot token or header value of an alert channel.
  set TARGET    reads the secret from standard input (asked for, without echo, on a terminal)
  clear TARGET  removes it
  set --channel ID, clear --channel ID  the same for an alert channel
  set --backup ID, clear --backup ID    the password of a restic or borg repository
Secrets never go into the workspace file, the history or a log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup source ID (a restic or borg repository) instead of a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: dozor secret set|clear TARGET, dozor secret set|clear --channel ID, or dozor secret set|clear --backup ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backup source with id &quot;%1&quot; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repository password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup source %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup source %1 needs no password (only restic and borg repositories and PostgreSQL databases have one)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShellQuote</name>
    <message>
        <source>a value for a shell command contains a NUL byte, which no command line can carry: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmokeRun</name>
    <message>
        <source>&quot;%1&quot; is not an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no answer (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 (%3 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2, expected %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the answer does not contain &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the answer has no field &quot;%2&quot; (for {%3})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshConfigImport</name>
    <message>
        <source>line %1: Match blocks are not evaluated; their settings were not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: Include %2 was not followed; import that file on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: Port &quot;%2&quot; is not a port number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 jump hosts in a chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 is reached through a ProxyCommand, which Dozor does not run; not imported (name its jump host with ProxyJump instead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2: ProxyJump %3: %4; not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not [user@]host[:port]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is not a port number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the jump host %1 is reached through a ProxyCommand, which Dozor does not run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshEndpoint</name>
    <message>
        <source>key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh-agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusStyle</name>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TelegramChats</name>
    <message>
        <source>Telegram did not accept the token (check it with @BotFather)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not the Bot API&apos;s (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bot delivers its messages to a webhook, so Telegram does not list them here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telegram said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach Telegram: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network error %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>Check a workspace file and list every problem in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: valid (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n target</numerusform>
            <numerusform>%n targets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s)</source>
        <translation>
            <numerusform>%n check</numerusform>
            <numerusform>%n checks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WatchCommand</name>
    <message>
        <source>Print each change as one JSON object per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after SECONDS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--for needs a positive number of seconds, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot use the history file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history writes work again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History: %1 — press Ctrl+C to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Watching %n check(s) from %1</source>
        <translation>
            <numerusform>Watching %n check from %1</numerusform>
            <numerusform>Watching %n checks from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: connected over SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert (no channel routes it): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert → %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alerts to %1 failing since %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alerts to %1 are delivered again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 was changed: now watching %n check(s)</source>
        <translation>
            <numerusform>%1 was changed: now watching %n check</numerusform>
            <numerusform>%1 was changed: now watching %n checks</numerusform>
        </translation>
    </message>
    <message>
        <source>maintenance window %1 (%2, until %3): checks are recorded, nothing is alerted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the checks on their intervals, record history and print one line per status change.
Stops on Ctrl+C, SIGTERM or after --for; after --for it exits as dozor check would for the last result of every check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no result within --for from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace %1 is already being watched (lock %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace %1 is already being watched by %2; stop that one first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceDocument</name>
    <message>
        <source>The change was not saved:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file was changed outside Dozor a moment ago, so this change was not saved. The file&apos;s version is loaded now; make the change again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceFile</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB; this is not a workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move %1 to %2 (is the folder writable?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceJson</name>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this workspace was written by a newer Dozor (schema %1); this version reads schema %2 — upgrade Dozor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrets never go into the workspace file; Dozor keeps passwords and passphrases in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;agent&quot;, &quot;key&quot; or &quot;password&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1; got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is only used by %1 checks, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object such as {&quot;host&quot;: &quot;bastion.example&quot;, &quot;user&quot;: &quot;me&quot;}, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceLock</name>
    <message>
        <source>on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (process %2 %3, since %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceValidator</name>
    <message>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1–64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit; got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is either local or reached over ssh, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a host name or address: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1–65535, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a user name: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no target with id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be ≥ 1 s, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be ≤ %1 s (one day), got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1–%1 s, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1–3650 days, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate target id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate check id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no checks: nothing will be monitored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must name the private key file when &quot;auth&quot; is &quot;key&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is only used when &quot;auth&quot; is &quot;key&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checks need a target reached over SSH or with &quot;local&quot;: true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not used by %1 checks, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 jump hosts, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backup source with id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be the backup source&apos;s server &quot;%1&quot; (or left out)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dozor::AlertChannelsDialog</name>
    <message>
        <source>Alert channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desktop notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chat %1 via %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desktop notification (no channels in the workspace: alerts go here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;test alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set header &amp;value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a test alert to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ The test alert reached %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ The test alert to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot token for %1 (from @BotFather):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of the %1 header for %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret of %1 is in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret was not stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the alert channel &quot;%1&quot;? Routes stop sending to it; a route that sends only there is removed as well. Its keychain secret is removed too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route: which alerts go where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;route…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit r&amp;oute…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove ro&amp;ute…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens and header values live in the system keychain, never in the workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No routes: every alert goes to every channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the route &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No route will be left, so every alert, of every level, will then go to every remaining channel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dozor::AlertDispatcher</name>
    <message>
        <source>%1: Dozor stopped while this alert was being sent; it is not sent again, so it cannot arrive twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dozor stopped while sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no channel &quot;%1&quot; in the workspace any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no desktop session to show it in (dozor watch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no bot token for channel %1 in the keychain; store it with: dozor secret set --channel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value for the %1 header of channel %2 in the keychain; store it with: dozor secret set --channel %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; trying again in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: not delivered after %n attempt(s): %2</source>
        <translation>
            <numerusform>%1: not delivered after %n attempt: %2</numerusform>
            <numerusform>%1: not delivered after %n attempts: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts to %1 failing since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dozor could not deliver an alert to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered again at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no alert channel &quot;%1&quot; in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dozor test alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you can read this, alerts to %1 arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tray notifications are shown by the desktop app only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dozor::BackupsPage</name>
    <message>
        <source>&amp;List again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prune…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Backups&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every backup the servers hold, listed on the server itself. Dozor deletes nothing unless you prune.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every source on its server again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the selected backup: archive, checksum or database integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new backup of the selected source now, then list and verify it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the backups the retention policy drops (shown first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no backup sources yet. Add a &lt;tt&gt;&quot;backups&quot;&lt;/tt&gt; array to the workspace file (the README&apos;s Backups section has examples): folders of archives, database copies, restic and borg repositories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a backup failed verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backups found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Listing %n backup source(s) on their servers…</source>
        <translation>
            <numerusform>Listing %n backup source on their servers…</numerusform>
            <numerusform>Listing %n backup sources on their servers…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verified yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed verification: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept (no policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 backup for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty slots: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 · no retention policy (everything is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 · policy: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last listing failed: %1 (shown: the last listing that worked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of each backup of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sizes show once there are two backups with a known size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention policy keeps every backup listed: nothing to prune</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n backup(s) the retention policy drops (shown first)</source>
        <translation>
            <numerusform>Delete the %n backup the retention policy drops (shown first)</numerusform>
            <numerusform>Delete the %n backups the retention policy drops (shown first)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: started (job %2, on the Jobs page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prune %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The policy (%1) drops these %n backup(s) of %2 on %3. They are deleted on the server and cannot be brought back.</source>
        <translation>
            <numerusform>The policy (%1) drops these %n backup of %2 on %3. They are deleted on the server and cannot be brought back.</numerusform>
            <numerusform>The policy (%1) drops these %n backups of %2 on %3. They are deleted on the server and cannot be brought back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the server&apos;s name, &lt;b&gt;%1&lt;/b&gt;, to delete them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n backup(s)</source>
        <translation>
            <numerusform>&amp;Delete %n backup</numerusform>
            <numerusform>&amp;Delete %n backups</numerusform>
        </translation>
    </message>
    <message>
        <source>last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hourly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected backup from its server to a folder on this computer (over SFTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restic and borg snapshots are not files: the restore brings them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download %1 into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview &amp;restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See what restoring the selected backup would change on its server (read there; nothing is changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the selected backup, step by step: preview, plan, confirmation, then the restore with its safety copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no &quot;restore_to&quot;: set where a restore of it writes (README, Restore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every backup source listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Backup sources listed; %n could not be listed (see State).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dozor::BrokenWorkspaceDialog</name>
    <message>
        <source>Dozor — workspace cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Dozor cannot use the workspace %1.&lt;/b&gt;&lt;br&gt;Fix the problems below in the file and choose &lt;i&gt;Try again&lt;/i&gt;, or start with a new workspace: the broken file is kept next to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with a &amp;new workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renames the broken file (it is kept in the same folder) and starts with a workspace that watches this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open f&amp;older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dozor::ChannelDialog</name>
    <message>
        <source>&amp;Find my chat id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack-style message ({&quot;text&quot;: …})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add alert channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit alert channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short name routes and the command line use (dozor alert test ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telegram bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook (HTTP POST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from @BotFather; kept in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. -1001234567890</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to the bot (or add it to the group) first; Dozor then lists the chats it has recently heard from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://hooks.example.com/dozor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. X-Dozor-Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the system keychain; empty keeps the stored one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chat id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret &amp;header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header &amp;value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Telegram which chats wrote to the bot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the bot&apos;s token first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chats yet: send the bot a message (or add it to the group and write there), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found one chat: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Found %n chats; the newest is filled in, pick another below.</source>
        <translation>
            <numerusform>Found %n chat; it is filled in.</numerusform>
            <numerusform>Found %n chats; the newest is filled in, pick another below.</numerusform>
        </translation>
    </message>
    <message>
        <source>a bot needs its token (from @BotFather)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the stored secret could not follow the new id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the keychain did not take the secret: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the header&apos;s value (it is kept in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is already used by another channel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dozor::CheckDialog</name>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short name used in the workspace file, history and command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What to check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warning at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ritical at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is already used by another check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 ms: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the check as entered, without saving it (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no SSH login, so only HTTP(S) requests can check it; add host and user with Edit server first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the workspace (%1 in a row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed runs in a row before an incident opens and an alert goes out; until then the check shows PENDING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good runs in a row before the incident closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks run only while monitoring runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default (interval, at most %1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry a failure after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a failed run the check runs again this soon, until an incident opens or a run passes, so an outage is confirmed in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dozor::CheckExecutor</name>
    <message>
        <source>the probe script is missing from this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the probe failed with exit status %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the probe printed nothing for this check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s and was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the probe stopped while this check&apos;s commands ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dozor::CheckKindFields</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dozor::ConnectionStateLabel</name>
    <message>
        <source>SSH: connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● SSH: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ SSH: reconnecting, next attempt at %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ SSH: reconnecting — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>■ SSH: waiting for you to trust the host key — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>■ SSH: refused — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dozor::ConnectionTest</name>
    <message>
        <source>logged in, but the probe failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n CPU(s)</source>
        <translation>
            <numerusform>%n CPU</numerusform>
            <numerusform>%n CPUs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected and logged in; the probe ran in %1 ms (%2)%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dozor::DeployDialog</name>
    <message>
        <source>Roll back %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch, tag or commit checked out on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy even if the server&apos;s checks &amp;fail before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s checks run first; a deploy onto a server that already fails them is refused unless this is ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ref:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps, in order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the &amp;database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on the &amp;Jobs page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: the running step ends at a safe point, then what was done is undone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel the rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel the deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the releases of %1 on %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building %1 here (when the recipe says how), then comparing it with the live release on %2. Nothing on the server changes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 on %2. Nothing on the server changes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing was deployed.&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt;, in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the login&apos;s home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live release: none (the first deploy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live release: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deploy whose Dozor is gone left its lock (%1): it will be taken over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another deploy holds the lock: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build %1: %2 to upload (%3), %4 removed, %5 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (live now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (live before the last deploy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roll back %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deploy to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end, whatever happens: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Done.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Done: %1 is live on %2.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was live before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled.&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Rolled back:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was live before; nothing is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is live, as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1:&lt;/b&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the server. &lt;i&gt;Roll back to %1&lt;/i&gt; makes the release that was live before live again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migrations ran: the code is back, but the database keeps their changes. The backup taken before them is the newest of %1. Restore it if the old code needs it — nothing is restored without you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migrations ran: the code is back, but the database keeps their changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll &amp;back to %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dozor::DesktopSession</name>
    <message>
        <source>Cannot remember the host key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alerts paused from the tray menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot pause the other alert channels: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file was changed outside Dozor; the changes are applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dozor</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) still running (Jobs page). Quitting stops them where they are: they are recorded as interrupted, and a step already running on a server may go on there.</source>
        <translation>
            <numerusform>%n job still running (Jobs page). Quitting stops them where they are: they are recorded as interrupted, and a step already running on a server may go on there.</numerusform>
            <numerusform>%n jobs still running (Jobs page). Quitting stops them where they are: they are recorded as interrupted, and a step already running on a server may go on there.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dozor::FileTree</name>
    <message>
        <source>a symbolic link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a special file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: Dozor copies files and folders only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists on %2: Dozor never overwrites; choose another name or move it away first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no folder %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Uploaded %n file(s) (%1) to %2</source>
        <translation>
            <numerusform>Uploaded %n file (%1) to %2</numerusform>
            <numerusform>Uploaded %n files (%1) to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downloaded %n file(s) (%1) to %2</source>
        <translation>
            <numerusform>Downloaded %n file (%1) to %2</numerusform>
            <numerusform>Downloaded %n files (%1) to %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds more than %2 files and folders: too many to copy one by one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 lists a name Dozor will not use as a file name: &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dozor::GroupedOverviewModel</name>
    <message numerus="yes">
        <source>%n check(s)</source>
        <translation>
            <numerusform>%n check</numerusform>
            <numerusform>%n checks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s), %1 failing</source>
        <translation>
            <numerusform>%n check, %1 failing</numerusform>
            <numerusform>%n checks, %1 failing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dozor::HistoryWriter</name>
    <message>
        <source>the history file is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>cannot write history (%1); %n batch(es) kept in memory and retried</source>
        <translation>
            <numerusform>cannot write history (%1); %n batch kept in memory and retried</numerusform>
            <numerusform>cannot write history (%1); %n batches kept in memory and retried</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dozor::HttpProbe</name>
    <message>
        <source>no PEM certificate could be read from the CA file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the response headers are larger than %2 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an HTTP answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a chunk of the body has no valid size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a redirect from https to %1 was not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a redirect to %1 cannot be followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many redirects (more than %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server closed the connection without an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the connection closed after %2 of %3 bytes of the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the connection closed in the middle of the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate is valid only from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate is for %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate&apos;s issuer (%1) is not trusted here; for a self-signed or private CA certificate set the check&apos;s CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate was revoked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dozor::JobTransport</name>
    <message>
        <source>%1 has no SSH login and is not this computer: Dozor cannot run anything there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no server &quot;%1&quot; in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dozor::JobsPage</name>
    <message>
        <source>&amp;Cancel job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Jobs&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the job: the running step is stopped (with everything it started on the server) when it is safe to stop, and what the job did is undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the jobs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · step %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel asked: the job stops after this step, which is not safe to interrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups, verifications, downloads, prunes, restores and deploys, running and recent. Each runs over an SSH session of its own, so monitoring never waits for one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which jobs the list shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dozor::JournalEntryDialog</name>
    <message>
        <source>&amp;Ended:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New journal entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 403 for everyone after the 14:00 deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no particular server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What users saw, what the checks said, what you did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What fixed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is still to do so it does not happen again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tarted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root &amp;cause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ollow-ups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the entry a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no longer in the journal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dozor::JournalPage</name>
    <message>
        <source>Add &amp;note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run remediation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles, reasons, timelines, notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write up what happened (Ctrl+Shift+E); with an incident selected, the entry is linked to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · in maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noted by Dozor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the journal for this selection. Incidents appear here when a check keeps failing; New entry… writes one up by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This check has no remediation (set &quot;remediation&quot; in the workspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note in the timeline of &quot;%1&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run remediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run this on %1 now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Running: %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the journal entry &quot;%1&quot;? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup of %1 for this incident (the restore&apos;s journal entry links to it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident&apos;s server has no backup source with &quot;restore_to&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dozor::KnownHosts</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host key to add is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing to write a known_hosts entry containing spaces or control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file changed since it was listed; nothing was removed, list it again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dozor::KnownHostsModel</name>
    <message>
        <source>only entries of Dozor&apos;s own known_hosts file can be removed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1; Dozor trusts it but never changes that file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(hashed name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unreadable key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dozor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~/.ssh/known_hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dozor::KnownHostsPage</name>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the selected key (Delete); Dozor asks about the server&apos;s key on the next connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host keys Dozor trusts. Remove one only when you know why the server&apos;s key changed (it was reinstalled, its keys replaced).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No host keys yet: Dozor asks about each server&apos;s key the first time it connects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the key of %1; Dozor asks about it on the next connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dozor::LocalShellRun</name>
    <message>
        <source>cannot start /bin/sh (%1); checks of this computer need a POSIX shell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shell was killed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no script to run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dozor::MainWindow</name>
    <message>
        <source>Dozor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Dozor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Dozor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dozor %1&lt;/h3&gt;&lt;p&gt;An operations console for a few to a few hundred Linux servers: live status over HTTP(S) and SSH, history charts, alerts.&lt;/p&gt;&lt;p&gt;Workspace: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dozor cannot use its history file, so charts stay empty and nothing is recorded. Checks still run.

%1

Free some disk space or fix the file&apos;s permissions, then start Dozor again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History writes failing — kept in memory and retried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dozor keeps watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring continues in the tray. To stop Dozor, choose Quit in the tray menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import servers from SSH config…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Maintenance windows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert &amp;channels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents and journal entries (Ctrl+J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts to %1 failing since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts to %1 are delivered again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file has errors; the last good version keeps running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dozor stopped while these jobs ran; they are marked interrupted (Jobs page). Check the server before running them again:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J&amp;obs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every backup of every server, its freshness and verification (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running and recent backups, verifications and prunes (Ctrl+Shift+J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs (%1 running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restore left its record on the server: Backups → Restore… offers to finish it or roll it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dozor::MaintenanceDialog</name>
    <message>
        <source>Maintenance windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. kernel update, release 4.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End selected now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During a window checks run and are recorded; incidents are marked &quot;in maintenance&quot; and no alert is sent. An incident still open when the window ends alerts then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and upcoming windows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window was not started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A window kept in the workspace: once, every day or on chosen days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove maintenance window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the maintenance window &quot;%1&quot; from the workspace? Alerts go out again at its times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window was not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every day at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now or next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in effect until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dozor::MaintenanceWindowDialog</name>
    <message>
        <source>Add maintenance window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit maintenance window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short name the journal and the command line show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On chosen days of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window keeps its time of day in this zone (an IANA name such as Europe/Moscow), wherever this computer is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. nightly backup, kernel updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;At:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone: use a name from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In effect now, until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1 – %2 (this computer&apos;s time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1 – %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window is over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not within the next eight days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is already used by another window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until must be later than From.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dozor::MonitorEngine</name>
    <message>
        <source>monitoring is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no open maintenance window %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monitoring has stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dozor::OverviewModel</name>
    <message>
        <source>waiting for the first result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — pending: failing, but not for %n run(s) in a row yet, so no incident and no alert.
%2</source>
        <translation>
            <numerusform>%1 — pending: failing, but not for %n run in a row yet, so no incident and no alert.
%2</numerusform>
            <numerusform>%1 — pending: failing, but not for %n runs in a row yet, so no incident and no alert.
%2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <comment>uptime: nothing observed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up share of the time Dozor observed this check (its own incidents and its server being unreachable count as down; time not watched does not count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of the last %n result(s) failed</source>
        <translation>
            <numerusform>%1 of the last %n result failed</numerusform>
            <numerusform>%1 of the last %n results failed</numerusform>
        </translation>
    </message>
    <message>
        <source>Last results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dozor::OverviewPage</name>
    <message>
        <source>Show only servers with this tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide checks that are OK (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n check(s)</source>
        <translation>
            <numerusform>%n check</numerusform>
            <numerusform>%n checks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Add check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Dozor is watching this computer.&lt;/b&gt; Add your servers and websites to watch them too: Dozor checks them over SSH and HTTP(S) and keeps the history on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n check(s) shown</source>
        <translation>
            <numerusform>%1 of %n check shown</numerusform>
            <numerusform>%1 of %n checks shown</numerusform>
        </translation>
    </message>
    <message>
        <source>no problems</source>
        <translation>no problems</translation>
    </message>
    <message>
        <source>Filter by server or check (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also in &amp;reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match the filter text inside the Why column as well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the checks under their servers (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dozor::RecipeDialog</name>
    <message>
        <source>Add deploy recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit deploy recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipe&apos;s name on the Deploy button and the command line (dozor deploy SERVER ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static site built on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App on the server (git, virtualenv, migrations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder on the server that holds releases/ and the link current (point nginx or gunicorn at PATH/current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who owns every file of a release (chown -R; as root or through sudo -n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group of every file of a release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every file&apos;s mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every folder&apos;s mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run here before the upload (sh -c, in the project folder); empty: no build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s folder the build runs in (empty: the workspace file&apos;s folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder the build fills, uploaded (under the project folder, or absolute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The git repository the server clones (empty: the live release&apos;s origin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch, tag or commit deployed by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtualenv the requirements go into (empty: PATH/venv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The systemd unit restarted after the swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without systemd: the command that restarts the service (words; quote a word with spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up first (an app: before the migrations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the server&apos;s checks may take to pass after the swap before the deploy is rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe to cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests run in order after the deploy (JSON): each passes on its status and keyword; &quot;take&quot; reads a value of the answer for the requests after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Path on the server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;leases kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build comma&amp;nd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;ject folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Build folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ef:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Virtualenv:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart &amp;unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart &amp;command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up &amp;first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks may &amp;take:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smoke re&amp;quests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not JSON: %1 (at character %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is already a recipe of this server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dozor::RemediationFields</name>
    <message>
        <source>When it fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also everything inside (chown/chmod -R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through sudo -n (no password prompt; needs a sudoers rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do it automatically when the incident opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing (just alert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart a systemd unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix a path&apos;s owner and mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. gunicorn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. /srv/www/site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged; or e.g. www-data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged; or e.g. 755</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a shell command run by the login account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> at most</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dozor::RemoteShell</name>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused a channel for the shell: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused to start /bin/sh: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server ended /bin/sh at once (a forced command or a restricted account?): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/bin/sh on the server did not answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/bin/sh on the server did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot send the script: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shell&apos;s answer was garbled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shell on the server exited during the run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dozor::RestorePreviewDialog</name>
    <message>
        <source>Preview &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore preview — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the backup and the live side on the server again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dozor::RestorePreviewModel</name>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>special file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2
backup: %3
live: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder · not listed in the archive: made by extracting it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dozor::RestorePreviewView</name>
    <message>
        <source>Show or hide what the restore would %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by path (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows in the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows live now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the dump holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What restoring %1 (%2) would change on %3&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the backup and the live side on %1… This only reads: nothing on the server changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What restoring %1 (%2) would change in %3 on %4&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the backup&apos;s folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n other entries of the backup are not restored.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing on the server was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This backup cannot be restored as it is:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Read with warnings:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) with data.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The restore needs %1 on the server for the restored copy, staged beside the live one (the live one is moved aside, not copied); %2 is free there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore needs %1 on the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dozor::RestoreWizard</name>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the backup to put back. Nothing on the server changes until you type its name on the confirmation page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roll it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source (and where it restores to):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup (newest first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup source has a &quot;restore_to&quot;: set the live folder or database file a source restores into (README, Restore).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for a restore left unfinished on the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;A restore of %1 (%2, started %3) was not finished&lt;/b&gt;: the connection was lost or Dozor stopped while it ran. %4 Finish it, or roll it back to how the folder was before it; a new restore waits until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of it replaces the whole folder; a part replaces only the paths you name (relative to the folder). A database is restored whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Only these paths, one per line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read on the server just now; nothing there has changed. Anything listed in the red box blocks the restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every command below runs in this order on the server; if one fails, the steps done so far are undone, newest first. The live copy is never deleted: it is moved aside and kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no checks: nothing will confirm that the restored service works. Add an HTTP check of the site to be sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s checks pass now: if they fail after the restore, everything is put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s checks fail now: if they still fail after the restore, the restored state is kept and the result says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the server&apos;s checks once, to know how it is before…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore stops the services it names, swaps the restored copy in and starts them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 on &lt;b&gt;%2&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Type the server&apos;s name, &lt;b&gt;%2&lt;/b&gt;, to go ahead:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can close this window: the job goes on, and the Jobs page shows it. Cancel stops it at the next safe point and puts back what was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel the restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: the running step ends at a safe point, then what was done is undone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Rolled back.&lt;/b&gt; The folder is as it was before the restore.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Restored.&lt;/b&gt; %1 is back in %2, and the server&apos;s checks pass (or it has none).&lt;/p&gt;&lt;p&gt;The copy from before the restore is kept in %3: delete it when you are satisfied.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Nothing changed in the end:&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Every step done was undone and the services started again.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The restore stopped:&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Look at the server. Open this wizard again to finish it or roll it back (or dozor restore rollback %2).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This finishes the restore that was cut off: the swap where it stopped, the services, the server&apos;s checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This puts back what the restore that was cut off replaced, and starts the services again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This finishes or rolls back the restore that was cut off, as the plan on the previous page says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup (for incident %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot start a restore of this source now:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rollback of it had begun: it can only be rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It had begun to swap the restored copy in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It had not changed anything live yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last restore of %1 (%2, started %3) finished. The copy from before it is kept in %4: &lt;i&gt;Roll it back&lt;/i&gt; puts it back (the restored copy is kept aside).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This puts back what the last restore replaced (its copy from before), keeps what it restored aside, and starts the services again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roll it back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the copy from before this restore (the plan is shown first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Cannot roll it back from here: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server holds no record of this restore any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Restored, but the server&apos;s checks still fail.&lt;/b&gt; They were failing before the restore too, so the restored state is kept: look at the server, or roll it back.&lt;/p&gt;&lt;p&gt;The copy from before the restore is kept in %1.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;What the restore had put in place is kept in %1: delete it when you no longer need it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another restore is under way there or was cut off: open this wizard again to finish it or roll it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s record is of a later restore (started %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dozor::RouteDialog</name>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, tagged %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add alert route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit alert route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None ticked: alerts of every level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every server; or e.g. production, shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Levels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers &amp;tagged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alert goes to the channels of every route that matches it; with no routes at all, every alert goes to every channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no channels yet: add one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tick at least one channel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dozor::Scheduler</name>
    <message>
        <source>remediation started by hand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>auto-recovery gave up: %1 did not help after %n attempt(s) within %2; it tries again after %3</source>
        <translation>
            <numerusform>auto-recovery gave up: %1 did not help after %n attempt within %2; it tries again after %3</numerusform>
            <numerusform>auto-recovery gave up: %1 did not help after %n attempts within %2; it tries again after %3</numerusform>
        </translation>
    </message>
    <message>
        <source>AUTO-RECOVERY GAVE UP: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto-recovery attempt %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rebooted (booted %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dozor found %1 started again: it booted at %2, after the boot it had seen before.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dozor::SecretStore</name>
    <message>
        <source>nothing is stored in the system keychain for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no system keychain is available (%1). On Linux Dozor needs the Secret Service of a running, unlocked GNOME Keyring or KWallet; it never stores secrets anywhere else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keychain refused access (%1); unlock it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keychain failed (%1). Dozor needs a running, unlocked keychain (on Linux GNOME Keyring or KWallet) and never stores secrets anywhere else</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dozor::ServerBackups</name>
    <message>
        <source>Back &amp;up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new backup of the selected source now, then list and verify it (progress on the Jobs page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every backup of the selected source, on the Backups page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Backups&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up %1: started (job %2, on the Jobs page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dozor::ServerDeploys</name>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roll back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a release that is still on the server live again (the one that was live before the last deploy, unless you pick another)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a deploy for its steps and log on the Jobs page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Deploys&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build %1 here and upload what changed to %2 (what changes is shown first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check out a ref of %1 on the server into %2 (the plan is shown first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the steps of %1 (the plan is shown first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the deploys of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;cipes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, edit or remove this server&apos;s deploy recipes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deploy recipes. &lt;i&gt;Recipes → Add a recipe…&lt;/i&gt; makes one: a static site built on this computer, an app on the server, or steps of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a recipe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the deploy recipe %1 of %2 from the workspace? Its releases stay on the server and its deploys stay on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipe %1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipe %1 saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dozor::SettingsDialog</name>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep monitoring in the tray when the window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show desktop notifications when a check turns bad or recovers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no system tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies when Dozor is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Known hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dozor::SftpTreeSide</name>
    <message>
        <source>no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server does not support this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused (a full disk or quota, or a folder in the way)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a special file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1 on the server: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1 on the server: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s SFTP service cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s SFTP service cannot be started (is the sftp subsystem enabled in sshd_config?): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot look at %1 on the server: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the folder %1 on the server: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make the folder %1 on the server: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1 on the server: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot rename %1 to %2 on the server: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dozor::SshHost</name>
    <message>
        <source>cancelled: the connection to this server was closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dozor::SshHostWorker</name>
    <message>
        <source>waiting %1 s before connecting again; last attempt: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected; sampling on a persistent shell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no persistent shell on this server (%1); sampling with one login per sample, which costs the server more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dozor::SshImportDialog</name>
    <message>
        <source>Import servers from SSH config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH client config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — already in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no hosts (only wildcard patterns, or nothing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dozor takes Host, HostName, Port, User, IdentityFile and ProxyJump (jump hosts); hosts reached through a ProxyCommand are not imported, and nothing else in the file (host-key options) has any effect. Each host key is asked about on its first connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the standard host checks to each server (CPU, load, memory, disks, uptime)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dozor::SshSession</name>
    <message>
        <source>cannot create an SSH session (out of memory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to %1: no answer within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent no usable host key: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFUSED: the host key of %1 does not match the one on record. Known: %2. The server now presents: %3 %4. Either the server was reinstalled or its keys replaced, or someone is intercepting the connection. Nothing was sent to the server. If you know why the key changed, remove the old entry (Settings → Known hosts, or ssh-keygen -R &apos;%5&apos; -f FILE) and connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a different key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot check the host key of %1 against %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host key of %1 is not known yet (%2 %3). Compare it with the server&apos;s (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub on the server) and accept it in Dozor, or run the command again with --accept-new-host-keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remember the host key of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot log in to %1 with ssh-agent: no agent is running (SSH_AUTH_SOCK is not set). Start ssh-agent and add your key, or choose a key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of the keys in ssh-agent was accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the private key %1: the file is missing, not a key, or protected by a passphrase that was not given or is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password is stored for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your local user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot log in to %1 as %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot log in to %1 as %2: the server asks for a further authentication step, which Dozor does not support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection is gone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jump host %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the private key %1: its passphrase could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the password for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jump host: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (through the jump host %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start: the server refused a new channel (its MaxSessions limit?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start: the server refused a new channel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key file %1 is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key file not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dozor::SshTunnel</name>
    <message>
        <source>jump hosts are not supported on Windows yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open a channel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make a local socket pair: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach %1:%2 from there: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not allow forwarding to %1:%2 (AllowTcpForwarding or PermitOpen on it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach %1:%2 from there: the connection was refused or the host is unreachable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dozor::TargetDialog</name>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server reached over SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Web shop (production)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short name used in the workspace file, history and command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login name (empty: your own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. production, shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is already used by another server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key has a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh-agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ~/.ssh/id_ed25519</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the system keychain; empty keeps the stored one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect, check the host key, log in and run the probe with the settings as entered, without saving them (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 is not known yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Stopped at the host key: not trusted, so nothing was sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Cannot remember the host key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logging in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running the probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Failed while %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored secret could not follow the new id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server was saved, but its old keychain entry could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none; or e.g. me@bastion.example:2222</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump hosts (OpenSSH&apos;s ProxyJump) to pass through, in order, comma-separated. Each logs in with ssh-agent, or with the key file its entry names in the workspace file, and its host key is checked like the server&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jump hosts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks added with the server, with the default limits (change them later on the server&apos;s page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add checks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dozor::TargetPage</name>
    <message>
        <source>&amp;Edit server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the selected check now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the last %1 (Alt+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No history recorded for this server yet. Charts appear after the first results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not observed in this range: no uptime to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · MTTR %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · not observed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down time counts the times this server could not be reached (not a failing check: each check&apos;s own uptime is in the table); time Dozor was not running or not checking is not observed, never up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime per check is in the table (24 h, 30 d).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reachable %1 of the observed time · %n outage(s)</source>
        <translation>
            <numerusform>Reachable %1 of the observed time · %n outage</numerusform>
            <numerusform>Reachable %1 of the observed time · %n outages</numerusform>
        </translation>
    </message>
    <message>
        <source>Status code and size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also chart each HTTP check&apos;s status code and response size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU % (left) and load average (right)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dozor::TimeSeriesChart</name>
    <message>
        <source>No data in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min … max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(min %1, max %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dozor::TrayController</name>
    <message>
        <source>&amp;Open Dozor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause alerts for &amp;15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause alerts for 1 &amp;hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Dozor — all checks OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dozor — %n problem(s)</source>
        <translation>
            <numerusform>Dozor — %n problem</numerusform>
            <numerusform>Dozor — %n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts paused until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume alerts (paused until %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alert</numerusform>
            <numerusform>%n alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dozor::WorkspaceEditor</name>
    <message>
        <source>Remove server</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove &quot;%1&quot; and its %n check(s) from the workspace? Their recorded history stays in the history file.</source>
        <translation>
            <numerusform>Remove &quot;%1&quot; and its %n check from the workspace? Its recorded history stays in the history file.</numerusform>
            <numerusform>Remove &quot;%1&quot; and its %n checks from the workspace? Their recorded history stays in the history file.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the check &quot;%1&quot;? Its recorded history stays in the history file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dozor::WorkspaceFileWatcher</name>
    <message>
        <source>%1 was changed but has errors, so the last good version keeps running:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
