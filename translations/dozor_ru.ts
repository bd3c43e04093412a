<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AlertCommand</name>
    <message>
        <source>Alert channels.
  test CHANNEL  sends a test message to the channel now and says whether it arrived
                (exit 0) or why not (exit 4)
  list          the channels and where each level goes</source>
        <translation>Каналы оповещений.
  test КАНАЛ  отправляет в канал тестовое сообщение и сообщает, дошло ли оно
              (код 0) или почему нет (код 4)
  list        каналы и куда идёт каждый уровень</translation>
    </message>
    <message>
        <source>test or list</source>
        <translation>test или list</translation>
    </message>
    <message>
        <source>the channel&apos;s id</source>
        <translation>id канала</translation>
    </message>
    <message>
        <source>usage: dozor alert test CHANNEL, or dozor alert list</source>
        <translation>использование: dozor alert test КАНАЛ или dozor alert list</translation>
    </message>
    <message>
        <source>no alert channels in %1 (add them under &quot;alerts&quot;: {&quot;channels&quot;: […]})</source>
        <translation>в %1 нет каналов оповещений (добавьте их в &quot;alerts&quot;: {&quot;channels&quot;: […]})</translation>
    </message>
    <message>
        <source>chat %1</source>
        <translation>чат %1</translation>
    </message>
    <message>
        <source>No routes: every alert goes to every channel.</source>
        <translation>Маршрутов нет: каждое оповещение идёт во все каналы.</translation>
    </message>
    <message>
        <source>%1 alerts%2 → %3</source>
        <translation>оповещения %1%2 → %3</translation>
    </message>
    <message>
        <source>all</source>
        <translation>все</translation>
    </message>
    <message>
        <source> tagged %1</source>
        <translation> с тегами %1</translation>
    </message>
    <message>
        <source>no alert channel with id &quot;%1&quot; in %2</source>
        <translation>в %2 нет канала оповещений с id «%1»</translation>
    </message>
    <message>
        <source>Test alert delivered to %1.</source>
        <translation>Тестовое оповещение доставлено в %1.</translation>
    </message>
    <message>
        <source>The test alert to %1 failed: %2</source>
        <translation>Тестовое оповещение в %1 не доставлено: %2</translation>
    </message>
</context>
<context>
    <name>AlertMessages</name>
    <message>
        <source>Telegram did not accept the message: %1</source>
        <translation>Telegram не принял сообщение: %1</translation>
    </message>
    <message>
        <source>no &quot;ok&quot; in its answer</source>
        <translation>в ответе нет &quot;ok&quot;</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>нет ответа</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
</context>
<context>
    <name>AlertingJson</name>
    <message>
        <source>must be an object, got %1</source>
        <translation>должно быть объектом, а не %1</translation>
    </message>
    <message>
        <source>must be &quot;tray&quot;, &quot;telegram&quot; or &quot;webhook&quot;, got &quot;%1&quot;</source>
        <translation>должно быть &quot;tray&quot;, &quot;telegram&quot; или &quot;webhook&quot;, а не &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be &quot;json&quot; or &quot;slack&quot;, got &quot;%1&quot;</source>
        <translation>должно быть &quot;json&quot; или &quot;slack&quot;, а не &quot;%1&quot;</translation>
    </message>
    <message>
        <source>secrets never go into the workspace file; store it with: dozor secret set --channel %1</source>
        <translation>секретам не место в файле рабочего пространства; сохраните его так: dozor secret set --channel %1</translation>
    </message>
    <message>
        <source>levels are &quot;critical&quot;, &quot;warning&quot; and &quot;info&quot;, got &quot;%1&quot;</source>
        <translation>уровни: &quot;critical&quot;, &quot;warning&quot; и &quot;info&quot;, а не &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be a date and time such as 2026-12-05T01:00:00+03:00, got &quot;%1&quot;</source>
        <translation>нужны дата и время вида 2026-12-05T01:00:00+03:00, а не &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be &quot;day&quot; or &quot;week&quot;, got &quot;%1&quot;</source>
        <translation>должно быть &quot;day&quot; или &quot;week&quot;, а не &quot;%1&quot;</translation>
    </message>
    <message>
        <source>days are mon, tue, wed, thu, fri, sat, sun; got &quot;%1&quot;</source>
        <translation>дни: mon, tue, wed, thu, fri, sat, sun; а не &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be &quot;restart_unit&quot;, &quot;fix_path&quot; or &quot;command&quot;, got &quot;%1&quot;</source>
        <translation>должно быть &quot;restart_unit&quot;, &quot;fix_path&quot; или &quot;command&quot;, а не &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be %1–%2, got %3</source>
        <translation>должно быть от %1 до %2, а не %3</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>не может быть пустым</translation>
    </message>
    <message>
        <source>duplicate channel id &quot;%1&quot;</source>
        <translation>повторяющийся id канала «%1»</translation>
    </message>
    <message>
        <source>a Telegram channel needs the chat id its bot writes to (e.g. -1001234567890)</source>
        <translation>каналу Telegram нужен id чата, в который пишет бот (например, -1001234567890)</translation>
    </message>
    <message>
        <source>must be an http(s) address, got &quot;%1&quot;</source>
        <translation>нужен адрес http(s), а не &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a webhook needs an http(s) address, got &quot;%1&quot;</source>
        <translation>вебхуку нужен адрес http(s), а не &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be a header name such as X-Dozor-Token, got &quot;%1&quot;</source>
        <translation>нужно имя заголовка вида X-Dozor-Token, а не &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a route needs at least one channel</source>
        <translation>маршруту нужен хотя бы один канал</translation>
    </message>
    <message>
        <source>no channel with id &quot;%1&quot;</source>
        <translation>нет канала с id «%1»</translation>
    </message>
    <message>
        <source>duplicate maintenance window id &quot;%1&quot;</source>
        <translation>повторяющийся id окна обслуживания «%1»</translation>
    </message>
    <message>
        <source>no target with id &quot;%1&quot;</source>
        <translation>нет цели с id «%1»</translation>
    </message>
    <message>
        <source>must be later than start</source>
        <translation>должно быть позже начала</translation>
    </message>
    <message>
        <source>must be a time of day such as 03:00, got &quot;%1&quot;</source>
        <translation>нужно время суток вида 03:00, а не &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a weekly window needs its days, e.g. [&quot;sun&quot;]</source>
        <translation>еженедельному окну нужны дни, например [&quot;sun&quot;]</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot; (use an IANA name such as Europe/Moscow)</source>
        <translation>неизвестный часовой пояс «%1» (используйте имя IANA, например Europe/Moscow)</translation>
    </message>
    <message>
        <source>remediation runs on a server: target &quot;%1&quot; has no SSH login and is not this computer</source>
        <translation>восстановление выполняется на сервере: у цели «%1» нет входа по SSH, и это не этот компьютер</translation>
    </message>
    <message>
        <source>restart_unit needs the systemd unit to restart</source>
        <translation>для restart_unit нужен перезапускаемый юнит systemd</translation>
    </message>
    <message>
        <source>fix_path needs a path</source>
        <translation>для fix_path нужен путь</translation>
    </message>
    <message>
        <source>fix_path needs an owner, a group or a mode to set</source>
        <translation>для fix_path нужны владелец, группа или права</translation>
    </message>
    <message>
        <source>must be octal such as 755, got &quot;%1&quot;</source>
        <translation>нужны восьмеричные права вида 755, а не &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a command remediation needs the command to run</source>
        <translation>для восстановления командой нужна сама команда</translation>
    </message>
</context>
<context>
    <name>AxisScale</name>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 д</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 TiB</source>
        <translation>%1 ТиБ</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 ГиБ</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 МиБ</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 КиБ</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 Б</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>✓ ok</source>
        <translation>✓ ок</translation>
    </message>
    <message>
        <source>✗ failed</source>
        <translation>✗ ошибка</translation>
    </message>
    <message>
        <source>cannot open the history file: %1</source>
        <translation>не удалось открыть файл истории: %1</translation>
    </message>
    <message>
        <source>job %1 (%2) was interrupted: Dozor stopped while it ran. Check the server before running it again.</source>
        <translation>задание %1 (%2) прервано: Dozor остановился во время его выполнения. Перед повторным запуском проверьте сервер.</translation>
    </message>
    <message numerus="yes">
        <source>Listing %n source(s)…</source>
        <translation>
            <numerusform>Получение списков копий: %n источник…</numerusform>
            <numerusform>Получение списков копий: %n источника…</numerusform>
            <numerusform>Получение списков копий: %n источников…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>there is no backup source &quot;%1&quot; in the workspace</source>
        <translation>в рабочем пространстве нет источника копий &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: listing failed: %2 (the catalog shows the last listing that worked)</source>
        <translation>%1: не удалось получить список: %2 (в каталоге показан последний успешный список)</translation>
    </message>
    <message>
        <source>No backups listed.</source>
        <translation>Резервных копий не найдено.</translation>
    </message>
    <message>
        <source>SOURCE        NAME                                      TIME              AGE        SIZE  KIND      VERIFIED</source>
        <translation>ИСТОЧНИК      ИМЯ                                       ВРЕМЯ             ВОЗРАСТ  РАЗМЕР  ВИД       ПРОВЕРКА</translation>
    </message>
    <message>
        <source>%1: listing failed: %2</source>
        <translation>%1: не удалось получить список: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>keep  </source>
        <translation>храним  </translation>
    </message>
    <message>
        <source>drop  </source>
        <translation>удалим  </translation>
    </message>
    <message>
        <source>gap   no %1 backup for %2</source>
        <translation>пропуск нет копии %1 за %2</translation>
    </message>
    <message>
        <source>%1 has no retention policy: nothing to prune (set &quot;retention&quot; on the source)</source>
        <translation>у %1 нет политики хранения: очищать нечего (задайте &quot;retention&quot; для источника)</translation>
    </message>
    <message>
        <source>%1: the policy keeps every backup; nothing to delete.</source>
        <translation>%1: политика оставляет все копии; удалять нечего.</translation>
    </message>
    <message numerus="yes">
        <source>The policy (%1) drops %n backup(s) of %2:</source>
        <translation>
            <numerusform>Политика (%1) удаляет %n копию из %2:</numerusform>
            <numerusform>Политика (%1) удаляет %n копии из %2:</numerusform>
            <numerusform>Политика (%1) удаляет %n копий из %2:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted: add --yes to delete them.</source>
        <translation>Ничего не удалено: чтобы удалить их, добавьте --yes.</translation>
    </message>
    <message>
        <source>Prune %1: %2</source>
        <translation>Очистка %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n backup(s).</source>
        <translation>
            <numerusform>Удалена %n копия.</numerusform>
            <numerusform>Удалены %n копии.</numerusform>
            <numerusform>Удалено %n копий.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lists no backups to verify</source>
        <translation>в списке %1 нет копий для проверки</translation>
    </message>
    <message>
        <source>%1 %2: intact (%3)</source>
        <translation>%1 %2: цела (%3)</translation>
    </message>
    <message>
        <source>%1 %2: FAILED: %3</source>
        <translation>%1 %2: ОШИБКА: %3</translation>
    </message>
    <message>
        <source>%1 %2: could not verify: %3</source>
        <translation>%1 %2: проверить не удалось: %3</translation>
    </message>
    <message>
        <source>Backup of %1 %2: %3</source>
        <translation>Резервное копирование %1 — %2: %3</translation>
    </message>
    <message>
        <source>Backup of %1 made %2, but: %3</source>
        <translation>Резервная копия %1 создана (%2), но: %3</translation>
    </message>
    <message>
        <source>Backed up %1: %2 (%3), verified</source>
        <translation>Создана копия %1: %2 (%3), проверена</translation>
    </message>
    <message>
        <source>No jobs have run yet.</source>
        <translation>Заданий ещё не было.</translation>
    </message>
    <message>
        <source>running</source>
        <translation>выполняется</translation>
    </message>
    <message>
        <source>Only this server&apos;s sources.</source>
        <translation>Только источники этого сервера.</translation>
    </message>
    <message>
        <source>Only this source.</source>
        <translation>Только этот источник.</translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation>Вывод в формате JSON.</translation>
    </message>
    <message>
        <source>Show the catalog as last listed, without asking the servers.</source>
        <translation>Показать каталог по последнему списку, не опрашивая серверы.</translation>
    </message>
    <message>
        <source>Do it (prune).</source>
        <translation>Действительно выполнить очистку.</translation>
    </message>
    <message>
        <source>How many jobs to show (default 20).</source>
        <translation>Сколько заданий показать (по умолчанию 20).</translation>
    </message>
    <message>
        <source>usage: dozor backup %1%2</source>
        <translation>использование: dozor backup %1%2</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>для --limit нужно положительное число</translation>
    </message>
    <message>
        <source>there is no server &quot;%1&quot; in the workspace</source>
        <translation>в рабочем пространстве нет сервера &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the workspace has no backup sources: add a &quot;backups&quot; array (see the README&apos;s Backups section)</source>
        <translation>в рабочем пространстве нет источников копий: добавьте массив &quot;backups&quot; (см. раздел Backups в README)</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: предупреждение: %2</translation>
    </message>
    <message>
        <source>Backup of %1: %2</source>
        <translation>Резервное копирование %1: %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>%1 is not a folder Dozor can write to (--to)</source>
        <translation>%1 — не папка, в которую Dozor может писать (--to)</translation>
    </message>
    <message>
        <source>%1 lists no backups to download</source>
        <translation>у %1 нет резервных копий для скачивания</translation>
    </message>
    <message>
        <source>Download of %1 %2: %3</source>
        <translation>Скачивание %1 %2: %3</translation>
    </message>
    <message>
        <source>Downloaded %1 to %2</source>
        <translation>%1 скачана в %2</translation>
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
        <translation>Резервные копии серверов рабочего пространства (его источники &quot;backups&quot;).
  list [--target ID] [--source ID] [--json]  все резервные копии на серверах
  verify SOURCE [--newest | BACKUP]   проверить одну копию (архив, контрольная сумма, база)
  download SOURCE [--newest | BACKUP] [--to DIR]  скачать копию на этот компьютер
  run SOURCE                          сделать копию сейчас, затем перечислить и проверить её
  policy SOURCE [--json]              что политика хранения оставляет и удаляет
  prune SOURCE --yes                  удалить то, что политика удаляет
  jobs [--json] [--limit N]           выполненные задания, новые первыми
BACKUP — имя, которое показывает `list`. Коды выхода: 0 готово (verify: цела), 2 проверка не пройдена, 3 ошибка использования, 4 не удалось выполнить (перечисление или задание не удалось).</translation>
    </message>
    <message>
        <source>Where download puts the backup (default: the current folder).</source>
        <translation>Куда download кладёт копию (по умолчанию: текущая папка).</translation>
    </message>
    <message>
        <source>usage: dozor backup list|verify|download|run|policy|prune|jobs … (see dozor backup --help)</source>
        <translation>использование: dozor backup list|verify|download|run|policy|prune|jobs … (см. dozor backup --help)</translation>
    </message>
    <message>
        <source>Verify or download the newest backup (the default).</source>
        <translation>Проверить или скачать самую новую копию (по умолчанию).</translation>
    </message>
    <message>
        <source>list, verify, download, run, policy, prune or jobs</source>
        <translation>list, verify, download, run, policy, prune или jobs</translation>
    </message>
    <message>
        <source>job %1 (%2) was interrupted: Dozor stopped while it ran. dozor restore resume %1 finishes it, dozor restore rollback %1 puts back what it replaced.</source>
        <translation>задание %1 (%2) прервано: Dozor остановился во время его выполнения. dozor restore resume %1 завершит его, dozor restore rollback %1 вернёт то, что оно заменило.</translation>
    </message>
    <message>
        <source>job %1 (%2) was interrupted: Dozor stopped while it ran. dozor deploy rollback %3 (without --yes) shows which release is live and what a rollback would do.</source>
        <translation>задание %1 (%2) прервано: Dozor остановился во время его выполнения. dozor deploy rollback %3 (без --yes) показывает, какой релиз работает и что сделает откат.</translation>
    </message>
</context>
<context>
    <name>BackupListing</name>
    <message>
        <source>%1 printed something that is not JSON (%2 at byte %3): %4</source>
        <translation>%1 вывел не JSON (%2 на байте %3): %4</translation>
    </message>
    <message>
        <source>more than %1 backups: the rest are not listed</source>
        <translation>больше %1 бэкапов: остальные не показаны</translation>
    </message>
    <message>
        <source>an entry of the listing cannot be read: %1</source>
        <translation>строку списка не удалось прочитать: %1</translation>
    </message>
    <message>
        <source>%1: its modification time cannot be true</source>
        <translation>%1: время изменения не может быть настоящим</translation>
    </message>
    <message>
        <source>%1 does not fit the time format %2; its modification time is used</source>
        <translation>%1 не подходит под формат времени %2; взято время изменения</translation>
    </message>
    <message>
        <source>restic listed no snapshots (not a JSON array)</source>
        <translation>restic не вывел список снимков (это не массив JSON)</translation>
    </message>
    <message>
        <source>a restic snapshot without a readable id or time: %1</source>
        <translation>снимок restic без читаемого id или времени: %1</translation>
    </message>
    <message>
        <source>borg listed no archives (no &quot;archives&quot; array)</source>
        <translation>borg не вывел список архивов (нет массива «archives»)</translation>
    </message>
    <message>
        <source>a borg archive without a readable name or time: %1</source>
        <translation>архив borg без читаемого имени или времени: %1</translation>
    </message>
</context>
<context>
    <name>BackupPlans</name>
    <message>
        <source>Test the archive (gzip -t, tar -t)</source>
        <translation>Проверить архив (gzip -t, tar -t)</translation>
    </message>
    <message>
        <source>Test the archive (zstd -t, tar -t)</source>
        <translation>Проверить архив (zstd -t, tar -t)</translation>
    </message>
    <message>
        <source>Test the archive (tar -t)</source>
        <translation>Проверить архив (tar -t)</translation>
    </message>
    <message>
        <source>Test the archive (unzip -t)</source>
        <translation>Проверить архив (unzip -t)</translation>
    </message>
    <message>
        <source>Test the compression (gzip -t)</source>
        <translation>Проверить сжатие (gzip -t)</translation>
    </message>
    <message>
        <source>Test the compression (zstd -t)</source>
        <translation>Проверить сжатие (zstd -t)</translation>
    </message>
    <message>
        <source>Check the database (PRAGMA integrity_check on a copy)</source>
        <translation>Проверить базу данных (PRAGMA integrity_check на копии)</translation>
    </message>
    <message>
        <source>Read the dump&apos;s table of contents (pg_restore --list)</source>
        <translation>Прочитать оглавление дампа (pg_restore --list)</translation>
    </message>
    <message>
        <source>Check that the dump is readable and not empty</source>
        <translation>Проверить, что дамп читается и не пуст</translation>
    </message>
    <message>
        <source>df printed no usage line</source>
        <translation>df не вывел строку с использованием места</translation>
    </message>
    <message>
        <source>df printed an unexpected line</source>
        <translation>df вывел неожиданную строку</translation>
    </message>
    <message>
        <source>Verify %1 of %2 on %3</source>
        <translation>Проверка копии %1 источника %2 на %3</translation>
    </message>
    <message>
        <source>Check the repository and read a tenth of its data (restic check --read-data-subset=10%)</source>
        <translation>Проверить репозиторий и прочитать десятую часть его данных (restic check --read-data-subset=10%)</translation>
    </message>
    <message>
        <source>Check the archive (borg check)</source>
        <translation>Проверить архив (borg check)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a backup name</source>
        <translation>&quot;%1&quot; — не имя резервной копии</translation>
    </message>
    <message>
        <source>Compare with the checksum file (sha256sum -c)</source>
        <translation>Сверить с файлом контрольных сумм (sha256sum -c)</translation>
    </message>
    <message>
        <source>Check that every file in the folder is readable</source>
        <translation>Проверить, что все файлы в папке читаются</translation>
    </message>
    <message>
        <source>Check the databases in it (PRAGMA integrity_check on a copy)</source>
        <translation>Проверить базы данных в ней (PRAGMA integrity_check на копии)</translation>
    </message>
    <message>
        <source>Dozor has no test for %1: it tests .tar, .tar.gz, .tgz, .tar.zst, .zip, .gz, .zst, SQLite files, .sql and PostgreSQL custom dumps; add &quot;sha256_sidecars&quot; to compare a checksum instead</source>
        <translation>Dozor не умеет проверять %1: он проверяет .tar, .tar.gz, .tgz, .tar.zst, .zip, .gz, .zst, файлы SQLite, .sql и дампы PostgreSQL в формате custom; чтобы вместо этого сверять контрольную сумму, добавьте &quot;sha256_sidecars&quot;</translation>
    </message>
    <message>
        <source>the pattern &quot;%1&quot; needs exactly one * to make a new backup&apos;s name from the time</source>
        <translation>в шаблоне &quot;%1&quot; должна быть ровно одна *, чтобы составить имя новой копии из времени</translation>
    </message>
    <message>
        <source>a name made from time_format &quot;%1&quot; (%2) does not fit the pattern &quot;%3&quot;</source>
        <translation>имя, составленное по time_format &quot;%1&quot; (%2), не подходит под шаблон &quot;%3&quot;</translation>
    </message>
    <message>
        <source>Back up %1 on %2</source>
        <translation>Резервное копирование %1 на %2</translation>
    </message>
    <message>
        <source>not enough space in %1: this backup needs about %2 MiB (the size of the last one) and %3 MiB are free</source>
        <translation>недостаточно места в %1: для этой копии нужно около %2 МиБ (размер предыдущей), а свободно %3 МиБ</translation>
    </message>
    <message>
        <source>Check the free space</source>
        <translation>Проверить свободное место</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Выполнить %1</translation>
    </message>
    <message>
        <source>%1 has no &quot;paths&quot; to back up and no &quot;command&quot;</source>
        <translation>у %1 нет ни &quot;paths&quot; для копирования, ни &quot;command&quot;</translation>
    </message>
    <message>
        <source>Back up with restic</source>
        <translation>Создать копию с помощью restic</translation>
    </message>
    <message>
        <source>Back up with borg</source>
        <translation>Создать копию с помощью borg</translation>
    </message>
    <message>
        <source>Remove the unfinished file</source>
        <translation>Удалить недописанный файл</translation>
    </message>
    <message>
        <source>%1 needs &quot;restore_to&quot; (the live database file) or a &quot;command&quot; to back up now</source>
        <translation>чтобы создать копию сейчас, для %1 нужен &quot;restore_to&quot; (рабочий файл базы данных) или &quot;command&quot;</translation>
    </message>
    <message>
        <source>Copy the live database (sqlite3 VACUUM INTO)</source>
        <translation>Скопировать рабочую базу данных (sqlite3 VACUUM INTO)</translation>
    </message>
    <message>
        <source>%1 has no &quot;paths&quot; to put in an archive and no &quot;command&quot; to back up now</source>
        <translation>у %1 нет ни &quot;paths&quot; для архивации, ни &quot;command&quot; для создания копии сейчас</translation>
    </message>
    <message>
        <source>Dozor makes .tar, .tar.gz, .tgz and .tar.zst archives; for %1 give the source a &quot;command&quot;</source>
        <translation>Dozor создаёт архивы .tar, .tar.gz, .tgz и .tar.zst; для %1 задайте источнику &quot;command&quot;</translation>
    </message>
    <message>
        <source>Write the archive (tar)</source>
        <translation>Записать архив (tar)</translation>
    </message>
    <message>
        <source>nothing to delete</source>
        <translation>удалять нечего</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n backup(s) of %1 on %2</source>
        <translation>
            <numerusform>Удаление %n копии %1 на %2</numerusform>
            <numerusform>Удаление %n копий %1 на %2</numerusform>
            <numerusform>Удаление %n копий %1 на %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Forget the snapshots and prune (restic forget --prune)</source>
        <translation>Забыть снимки и очистить репозиторий (restic forget --prune)</translation>
    </message>
    <message>
        <source>Delete the archives (borg delete)</source>
        <translation>Удалить архивы (borg delete)</translation>
    </message>
    <message>
        <source>Free the space (borg compact)</source>
        <translation>Освободить место (borg compact)</translation>
    </message>
    <message>
        <source>Delete the files</source>
        <translation>Удалить файлы</translation>
    </message>
    <message>
        <source>Dozor dumps PostgreSQL in pg_dump&apos;s custom format: name the pattern *.dump (%1 is not), or give the source a &quot;command&quot;</source>
        <translation>Dozor делает дамп PostgreSQL в формате custom программы pg_dump: задайте шаблон *.dump (%1 ему не соответствует) или укажите источнику &quot;command&quot;</translation>
    </message>
    <message>
        <source>Dump the database (pg_dump -Fc)</source>
        <translation>Дамп базы данных (pg_dump -Fc)</translation>
    </message>
    <message>
        <source>%1 is a %2 repository: its snapshots are not files to download; use the restore (or the tool&apos;s own restore)</source>
        <translation>%1 — репозиторий %2: его снимки не файлы, их нельзя скачать; используйте восстановление (или restore самого инструмента)</translation>
    </message>
    <message>
        <source>Download %1 of %2 from %3</source>
        <translation>Скачать %1 из %2 с %3</translation>
    </message>
    <message>
        <source>Download %1</source>
        <translation>Скачать %1</translation>
    </message>
    <message>
        <source>Download its checksum file %1.sha256</source>
        <translation>Скачать файл контрольной суммы %1.sha256</translation>
    </message>
    <message>
        <source>Remove the downloaded checksum file</source>
        <translation>Удалить скачанный файл контрольной суммы</translation>
    </message>
    <message>
        <source>Check the copy against its checksum file (sha256sum -c)</source>
        <translation>Сверить копию с её файлом контрольной суммы (sha256sum -c)</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>%1 exited with status %2</source>
        <translation>%1 завершился с кодом %2</translation>
    </message>
    <message>
        <source>%1 exited with status %2: %3</source>
        <translation>%1 завершился с кодом %2: %3</translation>
    </message>
    <message>
        <source>there is no backup source &quot;%1&quot; in the workspace</source>
        <translation>в рабочем пространстве нет источника копий &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the listing is larger than %1 MiB; narrow the source&apos;s pattern</source>
        <translation>список больше %1 МиБ; сузьте шаблон источника</translation>
    </message>
    <message>
        <source>the backup ran, but listing the source failed: %1</source>
        <translation>копирование выполнено, но получить список источника не удалось: %1</translation>
    </message>
    <message>
        <source>the backup ran, but the source lists no backup afterwards: check its path and pattern</source>
        <translation>копирование выполнено, но после него в списке источника нет копий: проверьте его путь и шаблон</translation>
    </message>
    <message>
        <source>%1 has no backup named &quot;%2&quot; (as last listed; `dozor backup list --source %1` lists them again)</source>
        <translation>у %1 нет копии с именем &quot;%2&quot; (по последнему списку; `dozor backup list --source %1` получит список заново)</translation>
    </message>
    <message>
        <source>%1 has no backup named &quot;%2&quot; (as last listed)</source>
        <translation>у %1 нет копии с именем &quot;%2&quot; (по последнему списку)</translation>
    </message>
    <message>
        <source>the new backup did not pass verification: %1</source>
        <translation>новая копия не прошла проверку: %1</translation>
    </message>
    <message>
        <source>Scheduled: %1</source>
        <translation>По расписанию: %1</translation>
    </message>
    <message>
        <source>the backup job ended, but no new backup of %1 appeared (check what its command writes, and the source&apos;s path and pattern)</source>
        <translation>задание резервного копирования завершилось, но новой копии %1 не появилось (проверьте, что пишет его команда, а также путь и шаблон источника)</translation>
    </message>
    <message>
        <source>the server&apos;s listings are larger than Dozor reads (64 MiB); preview a part with --path</source>
        <translation>списки на сервере больше, чем читает Dozor (64 МиБ); просмотрите часть через --path</translation>
    </message>
    <message>
        <source>files of the same size were not compared by content (%1): they count as overwritten</source>
        <translation>файлы одинакового размера не сравнены по содержимому (%1): они считаются перезаписываемыми</translation>
    </message>
    <message>
        <source>the source %1 is gone</source>
        <translation>источника %1 больше нет</translation>
    </message>
    <message>
        <source>%1 has no &quot;restore_to&quot;</source>
        <translation>у %1 нет &quot;restore_to&quot;</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>a restore of %1 is running now (job %2): wait for it, or cancel it on the Jobs page</source>
        <translation>восстановление %1 выполняется сейчас (задание %2): дождитесь его или отмените на странице «Задания»</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (this record only serves to roll back the last restore: delete it if you do not need that)</source>
        <translation>%1: %2 (эта запись нужна только для отката последнего восстановления: удалите её, если он не нужен)</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>ends with a lone %</source>
        <translation>заканчивается одиночным %</translation>
    </message>
    <message>
        <source>%%1 is not a field; use %Y %m %d %H %M %S</source>
        <translation>%%1 — не поле; используйте %Y %m %d %H %M %S</translation>
    </message>
    <message>
        <source>needs at least %Y, %m and %d</source>
        <translation>нужны как минимум %Y, %m и %d</translation>
    </message>
</context>
<context>
    <name>BackupsJson</name>
    <message>
        <source>must be an object, got %1</source>
        <translation>должно быть объектом, получено %1</translation>
    </message>
    <message>
        <source>must be &quot;files&quot;, &quot;database&quot;, &quot;restic&quot; or &quot;borg&quot;, got &quot;%1&quot;</source>
        <translation>должно быть «files», «database», «restic» или «borg», получено «%1»</translation>
    </message>
    <message>
        <source>must be &quot;full&quot;, &quot;config&quot;, &quot;content&quot;, &quot;database&quot; or &quot;logs&quot;, got &quot;%1&quot;</source>
        <translation>должно быть «full», «config», «content», «database» или «logs», получено «%1»</translation>
    </message>
    <message>
        <source>must be 0–100000, got %1</source>
        <translation>должно быть от 0 до 100000, получено %1</translation>
    </message>
    <message>
        <source>must be letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, got &quot;%1&quot;</source>
        <translation>должно состоять из букв, цифр, «.», «_» или «-», получено «%1»</translation>
    </message>
    <message>
        <source>duplicate backup source id &quot;%1&quot;</source>
        <translation>повторяющийся id источника бэкапов «%1»</translation>
    </message>
    <message>
        <source>no target with id &quot;%1&quot;</source>
        <translation>нет цели с id «%1»</translation>
    </message>
    <message>
        <source>backups are read on a server: target &quot;%1&quot; has no SSH login and is not this computer</source>
        <translation>бэкапы читаются на сервере: у цели «%1» нет входа по SSH и это не этот компьютер</translation>
    </message>
    <message>
        <source>must be one line</source>
        <translation>должно быть одной строкой</translation>
    </message>
    <message>
        <source>must be an absolute path such as /srv/app, got &quot;%1&quot;</source>
        <translation>должно быть абсолютным путём, например /srv/app, получено «%1»</translation>
    </message>
    <message>
        <source>a %1 source needs its repository (a path or a location such as sftp:user@host:/repo)</source>
        <translation>источнику %1 нужен репозиторий (путь или адрес вида sftp:user@host:/repo)</translation>
    </message>
    <message>
        <source>must be an absolute path on one line, got &quot;%1&quot;</source>
        <translation>должно быть абсолютным путём в одну строку, получено «%1»</translation>
    </message>
    <message>
        <source>must be the absolute path of the folder that holds the backups, such as /var/backups/app</source>
        <translation>должно быть абсолютным путём к папке с бэкапами, например /var/backups/app</translation>
    </message>
    <message>
        <source>must name the backups, e.g. &quot;full_*.tar.gz&quot;</source>
        <translation>должно описывать имена бэкапов, например «full_*.tar.gz»</translation>
    </message>
    <message>
        <source>matches names in the folder; put the folder in &quot;path&quot;</source>
        <translation>сопоставляется с именами в папке; саму папку укажите в «path»</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot; (use an IANA name such as Europe/Moscow)</source>
        <translation>неизвестный часовой пояс «%1» (используйте имя IANA, например Europe/Moscow)</translation>
    </message>
    <message>
        <source>starts with the program to run, e.g. [&quot;/usr/local/bin/backup.sh&quot;]</source>
        <translation>начинается с запускаемой программы, например [&quot;/usr/local/bin/backup.sh&quot;]</translation>
    </message>
    <message>
        <source>must not contain a NUL character</source>
        <translation>не должно содержать символ NUL</translation>
    </message>
    <message>
        <source>must be 0–8784 (0: only on request), got %1</source>
        <translation>должно быть 0–8784 (0: только по запросу), указано %1</translation>
    </message>
    <message>
        <source>holds a password: the workspace never keeps one. Leave it out of the location and store the repository&apos;s password with dozor secret set --backup %1</source>
        <translation>содержит пароль: рабочее пространство никогда не хранит паролей. Уберите его из адреса и сохраните пароль репозитория командой dozor secret set --backup %1</translation>
    </message>
    <message>
        <source>is empty: name the program to run, e.g. [&quot;/usr/local/bin/backup.sh&quot;], or leave &quot;command&quot; out</source>
        <translation>пуст: укажите запускаемую программу, например [&quot;/usr/local/bin/backup.sh&quot;], или уберите &quot;command&quot;</translation>
    </message>
    <message>
        <source>belongs to a &quot;database&quot; source (the dumps pg_dump writes)</source>
        <translation>относится к источнику &quot;database&quot; (дампы, которые пишет pg_dump)</translation>
    </message>
    <message>
        <source>holds a password: the workspace never keeps one. Leave it out and store it with dozor secret set --backup %1</source>
        <translation>содержит пароль: рабочее пространство никогда не хранит паролей. Уберите его и сохраните командой dozor secret set --backup %1</translation>
    </message>
    <message>
        <source>and &quot;command&quot; both say how to back up: keep one (&quot;postgres&quot; dumps with pg_dump -Fc, &quot;command&quot; runs your own)</source>
        <translation>и &quot;command&quot; оба задают способ резервного копирования: оставьте один (&quot;postgres&quot; делает дамп через pg_dump -Fc, &quot;command&quot; запускает вашу команду)</translation>
    </message>
    <message>
        <source>must end in .dump for a &quot;postgres&quot; source (pg_dump&apos;s custom format), got &quot;%1&quot;</source>
        <translation>должен оканчиваться на .dump для источника &quot;postgres&quot; (формат custom программы pg_dump), получено &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be 5–3600 seconds, got %1</source>
        <translation>должно быть 5–3600 секунд, получено %1</translation>
    </message>
    <message>
        <source>must be a user or group name such as www-data, got &quot;%1&quot;</source>
        <translation>должно быть именем пользователя или группы, например www-data, получено &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be a systemd unit name such as gunicorn.service, got &quot;%1&quot;</source>
        <translation>должно быть именем юнита systemd, например gunicorn.service, получено &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;stop_command&quot; and &quot;start_command&quot; go together: a restore that stops a service must start it again</source>
        <translation>&quot;stop_command&quot; и &quot;start_command&quot; задаются вместе: восстановление, которое останавливает сервис, должно снова его запустить</translation>
    </message>
    <message>
        <source>must be an octal mode such as 0644 or 0755, got &quot;%1&quot;</source>
        <translation>должно быть восьмеричным режимом, например 0644 или 0755, получено &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>BuildFolder</name>
    <message>
        <source>the build folder %1 does not exist (did the build run?)</source>
        <translation>папки сборки %1 нет (сборка запускалась?)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>%1 in the build folder is a link: a static deploy sends files and folders only (copy what it links to into the build)</source>
        <translation>%1 в папке сборки — ссылка: статическое развёртывание передаёт только файлы и папки (скопируйте в сборку то, на что она указывает)</translation>
    </message>
    <message>
        <source>%1 in the build folder is not a file or a folder (a socket or a device?)</source>
        <translation>%1 в папке сборки — не файл и не папка (сокет или устройство?)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>the build folder %1 is empty: there is nothing to deploy</source>
        <translation>папка сборки %1 пуста: развёртывать нечего</translation>
    </message>
    <message>
        <source>cannot make the folder for %1 in %2</source>
        <translation>не удаётся создать папку для %1 в %2</translation>
    </message>
    <message>
        <source>cannot copy %1 for the upload: %2</source>
        <translation>не удаётся скопировать %1 для загрузки: %2</translation>
    </message>
    <message>
        <source>%1 in the build folder has a name that is not UTF-8: rename it (a web server could not serve it by that name either)</source>
        <translation>у %1 в папке сборки имя не в UTF-8: переименуйте его (веб-сервер тоже не отдал бы его под этим именем)</translation>
    </message>
</context>
<context>
    <name>CatalogBook</name>
    <message>
        <source>the backup catalog in the history file: %1</source>
        <translation>каталог копий в файле истории: %1</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation>Вывести массив JSON вместо таблицы.</translation>
    </message>
    <message>
        <source>Run only the check ID (repeatable).</source>
        <translation>Выполнить только проверку ID (можно указать несколько раз).</translation>
    </message>
    <message>
        <source>no check with id &quot;%1&quot; in %2</source>
        <translation>нет проверки с id «%1» в %2</translation>
    </message>
    <message>
        <source>the workspace has no checks</source>
        <translation>в рабочем пространстве нет проверок</translation>
    </message>
    <message>
        <source>Run every check once and print the results.
Exit code: 0 all OK, 1 worst is WARN, 2 worst is CRIT or UNKNOWN, 3 usage or workspace error, 5 an SSH host key was refused for safety.</source>
        <translation>Выполнить каждую проверку один раз и вывести результаты.
Код выхода: 0 всё в порядке, 1 худшее — WARN, 2 худшее — CRIT или UNKNOWN, 3 ошибка вызова или рабочего пространства, 5 ключ хоста SSH отвергнут ради безопасности.</translation>
    </message>
    <message>
        <source>Run only the checks of server ID.</source>
        <translation>Выполнить только проверки сервера ID.</translation>
    </message>
    <message>
        <source>Exit 0 when the worst is WARN (a restore waits for this).</source>
        <translation>Код выхода 0, если худший статус — WARN (этого ждёт восстановление).</translation>
    </message>
    <message>
        <source>no server with id &quot;%1&quot; in %2</source>
        <translation>в %2 нет сервера с id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>server %1 has no checks</source>
        <translation>у сервера %1 нет проверок</translation>
    </message>
</context>
<context>
    <name>CheckKind</name>
    <message>
        <source>is not a valid regular expression: %1</source>
        <translation>не является правильным регулярным выражением: %1</translation>
    </message>
    <message>
        <source>must not contain a line break or a NUL character</source>
        <translation>не должно содержать перевод строки или символ NUL</translation>
    </message>
    <message>
        <source>must be a percentage between 0 and 100, got %1</source>
        <translation>должно быть процентом от 0 до 100, получено %1</translation>
    </message>
    <message>
        <source>must not be negative, got %1</source>
        <translation>не может быть отрицательным, получено %1</translation>
    </message>
    <message>
        <source>must not be above %1 (%2), got %3</source>
        <translation>не может быть больше %1 (%2), получено %3</translation>
    </message>
    <message>
        <source>the probe did not report %1</source>
        <translation>проба не сообщила %1</translation>
    </message>
    <message>
        <source>the probe did not report %1: %2</source>
        <translation>проба не сообщила %1: %2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <source>the command %1</source>
        <translation>команда: %1</translation>
    </message>
    <message>
        <source>the command ended without an exit status</source>
        <translation>команда завершилась без кода выхода</translation>
    </message>
    <message>
        <source>exit status %1, expected %2</source>
        <translation>код выхода %1, ожидался %2</translation>
    </message>
    <message>
        <source>the output does not match /%1/: %2</source>
        <translation>вывод не соответствует /%1/: %2</translation>
    </message>
    <message>
        <source> (only the first %1 KiB were read)</source>
        <translation> (прочитаны только первые %1 КиБ)</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>код выхода %1</translation>
    </message>
    <message>
        <source>the first %1 KiB of output matched; the command was stopped there</source>
        <translation>первые %1 КиБ вывода соответствуют шаблону; на этом команда остановлена</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>не может быть пустым</translation>
    </message>
    <message>
        <source>must not contain NUL</source>
        <translation>не должно содержать NUL</translation>
    </message>
    <message>
        <source>Custom command</source>
        <translation>Своя команда</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>&amp;Команда:</translation>
    </message>
    <message>
        <source>a shell command run by the login account</source>
        <translation>команда оболочки, выполняемая учётной записью входа</translation>
    </message>
    <message>
        <source>E&amp;xpected exit status:</source>
        <translation>&amp;Ожидаемый код выхода:</translation>
    </message>
    <message>
        <source>&amp;Output must match:</source>
        <translation>В&amp;ывод должен соответствовать:</translation>
    </message>
    <message>
        <source>optional regular expression</source>
        <translation>необязательное регулярное выражение</translation>
    </message>
    <message>
        <source>Exit status</source>
        <translation>Код выхода</translation>
    </message>
    <message>
        <source>CPU usage</source>
        <translation>загрузку процессора</translation>
    </message>
    <message>
        <source>CPU %1 busy</source>
        <translation>процессор занят на %1</translation>
    </message>
    <message>
        <source>CPU use</source>
        <translation>Загрузка процессора</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Percentage used that makes the check a warning</source>
        <translation>Процент заполнения, при котором проверка даёт предупреждение</translation>
    </message>
    <message>
        <source>CPU used</source>
        <translation>Загрузка процессора</translation>
    </message>
    <message>
        <source>disk usage</source>
        <translation>заполнение дисков</translation>
    </message>
    <message>
        <source>%1 %2 used, %3 free</source>
        <translation>%1 занято %2, свободно %3</translation>
    </message>
    <message>
        <source>%1 inodes %2 used</source>
        <translation>%1 инодов занято %2</translation>
    </message>
    <message>
        <source>not mounted: %1</source>
        <translation>не смонтировано: %1</translation>
    </message>
    <message>
        <source>no filesystem to watch</source>
        <translation>нет файловых систем для наблюдения</translation>
    </message>
    <message>
        <source>fullest: %1</source>
        <translation>самый заполненный: %1</translation>
    </message>
    <message>
        <source>must be an absolute mount point such as /var, got &quot;%1&quot;</source>
        <translation>должно быть абсолютной точкой монтирования, например /var, получено «%1»</translation>
    </message>
    <message>
        <source>Disk and inode use</source>
        <translation>Заполнение диска и inode</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Диск</translation>
    </message>
    <message>
        <source>M&amp;ount points:</source>
        <translation>Точки &amp;монтирования:</translation>
    </message>
    <message>
        <source>every real filesystem; or e.g. /, /var</source>
        <translation>все настоящие файловые системы; или, например, /, /var</translation>
    </message>
    <message>
        <source>Inodes warning at:</source>
        <translation>Предупреждение по inode от:</translation>
    </message>
    <message>
        <source>Inodes critical at:</source>
        <translation>Критично по inode от:</translation>
    </message>
    <message>
        <source>Disk used %1</source>
        <translation>Занято на диске %1</translation>
    </message>
    <message>
        <source>Inodes used %1</source>
        <translation>Занято inode %1</translation>
    </message>
    <message>
        <source>must be an HTTP status code, got %1</source>
        <translation>должно быть кодом ответа HTTP, получено %1</translation>
    </message>
    <message>
        <source>must be a string, got %1</source>
        <translation>должно быть строкой, получено %1</translation>
    </message>
    <message>
        <source>must start with http:// or https://, got &quot;%1&quot;</source>
        <translation>должен начинаться с http:// или https://, получено «%1»</translation>
    </message>
    <message>
        <source>has no host name</source>
        <translation>не содержит имени хоста</translation>
    </message>
    <message>
        <source>must not contain a user name or password; secrets never go into the workspace file</source>
        <translation>не может содержать имя пользователя или пароль; секретам не место в файле рабочего пространства</translation>
    </message>
    <message>
        <source>is not a valid header name</source>
        <translation>не является допустимым именем заголовка</translation>
    </message>
    <message>
        <source>must not contain line breaks</source>
        <translation>не может содержать переводов строки</translation>
    </message>
    <message>
        <source>looks like a credential stored in plain text in the workspace file; keep this file private</source>
        <translation>похоже на учётные данные открытым текстом в файле рабочего пространства; не давайте этот файл посторонним</translation>
    </message>
    <message>
        <source>must be an HTTP method such as GET or HEAD, got &quot;%1&quot;</source>
        <translation>должно быть методом HTTP, например GET или HEAD, получено «%1»</translation>
    </message>
    <message>
        <source>must be an HTTP status code (100–599), got %1</source>
        <translation>должно быть кодом ответа HTTP (100–599), получено %1</translation>
    </message>
    <message>
        <source>must be 1 … %1 bytes, got %2</source>
        <translation>должно быть от 1 до %1 байт, получено %2</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>не может быть отрицательным</translation>
    </message>
    <message>
        <source>must not be above tls_warn_days (%1), got %2</source>
        <translation>не может быть больше tls_warn_days (%1), получено %2</translation>
    </message>
    <message>
        <source>file not found: %1</source>
        <translation>файл не найден: %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>не читается: %1</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status code; list codes like 200, 301</source>
        <translation>«%1» — не код ответа; перечислите коды, например 200, 301</translation>
    </message>
    <message>
        <source>HTTP(S) request</source>
        <translation>Запрос HTTP(S)</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> мс</translation>
    </message>
    <message>
        <source>Response time that makes the check a warning</source>
        <translation>Время ответа, при котором проверка даёт предупреждение</translation>
    </message>
    <message>
        <source>HTTP(S)</source>
        <translation>HTTP(S)</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Метод:</translation>
    </message>
    <message>
        <source>&amp;Expected status:</source>
        <translation>О&amp;жидаемый код:</translation>
    </message>
    <message>
        <source>any 2xx; or e.g. 200, 301</source>
        <translation>любой 2xx; или, например, 200, 301</translation>
    </message>
    <message>
        <source>Follow redirects</source>
        <translation>Следовать перенаправлениям</translation>
    </message>
    <message>
        <source>Page &amp;contains:</source>
        <translation>Страница &amp;содержит:</translation>
    </message>
    <message>
        <source>text the page must contain</source>
        <translation>текст, который должен быть на странице</translation>
    </message>
    <message>
        <source>Page must &amp;not contain:</source>
        <translation>Страница &amp;не содержит:</translation>
    </message>
    <message>
        <source>e.g. Traceback, Maintenance</source>
        <translation>например, Traceback, Maintenance</translation>
    </message>
    <message>
        <source>Certificate warning at:</source>
        <translation>Предупреждение о сертификате за:</translation>
    </message>
    <message>
        <source>Certificate critical at:</source>
        <translation>Критично для сертификата за:</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>Файл УЦ:</translation>
    </message>
    <message>
        <source>only for a private CA (PEM file)</source>
        <translation>только для собственного УЦ (файл PEM)</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation>Файлы PEM (*.pem *.crt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Время ответа</translation>
    </message>
    <message>
        <source>HTTP status code</source>
        <translation>Код ответа HTTP</translation>
    </message>
    <message>
        <source>Response size</source>
        <translation>Размер ответа</translation>
    </message>
    <message>
        <source>TLS certificate days left</source>
        <translation>Дней до истечения сертификата TLS</translation>
    </message>
    <message>
        <source>the load average</source>
        <translation>среднюю нагрузку</translation>
    </message>
    <message>
        <source>the number of CPUs</source>
        <translation>число процессоров</translation>
    </message>
    <message numerus="yes">
        <source>load %1 per core (5-min %2 on %n CPU(s))</source>
        <translation>
            <numerusform>нагрузка %1 на ядро (за 5 мин %2 на %n процессор)</numerusform>
            <numerusform>нагрузка %1 на ядро (за 5 мин %2 на %n процессора)</numerusform>
            <numerusform>нагрузка %1 на ядро (за 5 мин %2 на %n процессоров)</numerusform>
        </translation>
    </message>
    <message>
        <source>Load per core</source>
        <translation>Нагрузка на ядро</translation>
    </message>
    <message>
        <source>5-minute load average per CPU core</source>
        <translation>Средняя нагрузка за 5 минут на одно ядро процессора</translation>
    </message>
    <message>
        <source>Load (1 min)</source>
        <translation>Нагрузка (1 мин)</translation>
    </message>
    <message>
        <source>Load (5 min)</source>
        <translation>Нагрузка (5 мин)</translation>
    </message>
    <message>
        <source>Load (15 min)</source>
        <translation>Нагрузка (15 мин)</translation>
    </message>
    <message>
        <source>Load per core (5 min)</source>
        <translation>Нагрузка на ядро (5 мин)</translation>
    </message>
    <message>
        <source>%1 does not exist on the server</source>
        <translation>%1 нет на сервере</translation>
    </message>
    <message>
        <source>%1 cannot be read by the login account</source>
        <translation>%1 недоступен для чтения учётной записи входа</translation>
    </message>
    <message>
        <source>the log&apos;s size was not reported: %1</source>
        <translation>размер журнала не сообщён: %1</translation>
    </message>
    <message>
        <source>counting lines matching /%1/ in %2 from now on</source>
        <translation>с этого момента считаются строки по шаблону /%1/ в %2</translation>
    </message>
    <message>
        <source>grep gave no count: %1</source>
        <translation>grep не сообщил число строк: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new line(s) matching /%2/ in %3 (%4 per minute)</source>
        <translation>
            <numerusform>%n новая строка по шаблону /%2/ в %3 (%4 в минуту)</numerusform>
            <numerusform>%n новые строки по шаблону /%2/ в %3 (%4 в минуту)</numerusform>
            <numerusform>%n новых строк по шаблону /%2/ в %3 (%4 в минуту)</numerusform>
        </translation>
    </message>
    <message>
        <source>; the log was rotated, counted from its start</source>
        <translation>; журнал ротирован, подсчёт с его начала</translation>
    </message>
    <message>
        <source>; only the newest 64 MiB were read</source>
        <translation>; прочитаны только последние 64 МиБ</translation>
    </message>
    <message>
        <source>must be an absolute path such as /var/log/app.log, got &quot;%1&quot;</source>
        <translation>должно быть абсолютным путём, например /var/log/app.log, получено &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must not be empty, e.g. &quot;ERROR|CRITICAL&quot;</source>
        <translation>не должно быть пустым, например &quot;ERROR|CRITICAL&quot;</translation>
    </message>
    <message>
        <source>Log error rate</source>
        <translation>Частота ошибок в журнале</translation>
    </message>
    <message>
        <source> /min</source>
        <translation> /мин</translation>
    </message>
    <message>
        <source>New matching lines per minute that make the check a warning</source>
        <translation>Новых найденных строк в минуту, при которых проверка даёт предупреждение</translation>
    </message>
    <message>
        <source>Log &amp;file:</source>
        <translation>&amp;Файл журнала:</translation>
    </message>
    <message>
        <source>e.g. /var/log/app/error.log</source>
        <translation>например /var/log/app/error.log</translation>
    </message>
    <message>
        <source>Lines &amp;matching:</source>
        <translation>&amp;Строки по шаблону:</translation>
    </message>
    <message>
        <source>e.g. ERROR|CRITICAL</source>
        <translation>например ERROR|CRITICAL</translation>
    </message>
    <message>
        <source>Matching log lines</source>
        <translation>Найденные строки журнала</translation>
    </message>
    <message>
        <source>Matching log lines per minute</source>
        <translation>Найденные строки журнала в минуту</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>память</translation>
    </message>
    <message>
        <source>, swap %1</source>
        <translation>, подкачка %1</translation>
    </message>
    <message>
        <source>memory %1 used, %2 available%3</source>
        <translation>память занята на %1, доступно %2%3</translation>
    </message>
    <message>
        <source>Memory use</source>
        <translation>Использование памяти</translation>
    </message>
    <message>
        <source>Memory used</source>
        <translation>Занято памяти</translation>
    </message>
    <message>
        <source>Memory available</source>
        <translation>Доступно памяти</translation>
    </message>
    <message>
        <source>Swap used</source>
        <translation>Занято подкачки</translation>
    </message>
    <message>
        <source>stat printed more than was asked</source>
        <translation>stat вывел больше, чем запрашивалось</translation>
    </message>
    <message>
        <source>stat output unreadable: %1</source>
        <translation>вывод stat не разобрать: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read on the server</source>
        <translation>%1 не читается на сервере</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>owner is %1, expected %2</source>
        <translation>владелец %1, ожидался %2</translation>
    </message>
    <message>
        <source>group is %1, expected %2</source>
        <translation>группа %1, ожидалась %2</translation>
    </message>
    <message>
        <source>mode is %1, expected %2</source>
        <translation>права %1, ожидались %2</translation>
    </message>
    <message>
        <source>there is no account %1 on the server</source>
        <translation>на сервере нет учётной записи %1</translation>
    </message>
    <message>
        <source>%1: %2 %3:%4</source>
        <translation>%1: %2 %3:%4</translation>
    </message>
    <message>
        <source>, readable by %1</source>
        <translation>, доступно для чтения %1</translation>
    </message>
    <message>
        <source>must be an absolute path such as /srv/www, got &quot;%1&quot;</source>
        <translation>должно быть абсолютным путём, например /srv/www, получено &quot;%1&quot;</translation>
    </message>
    <message>
        <source>is not a user or group name: &quot;%1&quot;</source>
        <translation>не является именем пользователя или группы: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be an octal mode such as 644 or 0755, got &quot;%1&quot;</source>
        <translation>должно быть восьмеричными правами, например 644 или 0755, получено &quot;%1&quot;</translation>
    </message>
    <message>
        <source>checks only that the path exists; add owner, group, mode or readable_by</source>
        <translation>проверяет только, что путь существует; добавьте owner, group, mode или readable_by</translation>
    </message>
    <message>
        <source>Path ownership and permissions</source>
        <translation>Владелец и права пути</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Путь:</translation>
    </message>
    <message>
        <source>e.g. /srv/www/site</source>
        <translation>например /srv/www/site</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Владелец:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>любой</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Группа:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>П&amp;рава:</translation>
    </message>
    <message>
        <source>any; or e.g. 755</source>
        <translation>любые; или например 755</translation>
    </message>
    <message>
        <source>&amp;Readable by:</source>
        <translation>&amp;Доступно для чтения:</translation>
    </message>
    <message>
        <source>e.g. www-data (the web server&apos;s account)</source>
        <translation>например www-data (учётная запись веб-сервера)</translation>
    </message>
    <message>
        <source>Path problems</source>
        <translation>Проблемы с путём</translation>
    </message>
    <message>
        <source>pgrep is not installed on the server (package procps)</source>
        <translation>на сервере нет pgrep (пакет procps)</translation>
    </message>
    <message>
        <source>pgrep gave no count: %1</source>
        <translation>pgrep не сообщил число процессов: %1</translation>
    </message>
    <message>
        <source>processes matching /%1/</source>
        <translation>процессы по шаблону /%1/</translation>
    </message>
    <message>
        <source>%1 processes</source>
        <translation>процессы %1</translation>
    </message>
    <message>
        <source>%1: %2, need at least %3</source>
        <translation>%1: %2, нужно не меньше %3</translation>
    </message>
    <message>
        <source>%1: %2, at most %3 allowed</source>
        <translation>%1: %2, допустимо не больше %3</translation>
    </message>
    <message>
        <source>needs either &quot;name&quot; (the process name, e.g. gunicorn) or &quot;pattern&quot; (a regular expression on the command line)</source>
        <translation>нужно либо &quot;name&quot; (имя процесса, например gunicorn), либо &quot;pattern&quot; (регулярное выражение по командной строке)</translation>
    </message>
    <message>
        <source>Linux keeps only the first 15 characters of a process name, so &quot;%1&quot; never matches; use &quot;pattern&quot; instead</source>
        <translation>Linux хранит только первые 15 символов имени процесса, поэтому &quot;%1&quot; никогда не совпадёт; используйте &quot;pattern&quot;</translation>
    </message>
    <message>
        <source>must be at least min (%1)</source>
        <translation>должно быть не меньше min (%1)</translation>
    </message>
    <message>
        <source>Process count</source>
        <translation>Число процессов</translation>
    </message>
    <message>
        <source>Process &amp;name:</source>
        <translation>&amp;Имя процесса:</translation>
    </message>
    <message>
        <source>e.g. gunicorn (exact name)</source>
        <translation>например gunicorn (точное имя)</translation>
    </message>
    <message>
        <source>Command-line &amp;pattern:</source>
        <translation>&amp;Шаблон командной строки:</translation>
    </message>
    <message>
        <source>or a regular expression on the command line</source>
        <translation>или регулярное выражение по командной строке</translation>
    </message>
    <message>
        <source>At &amp;least:</source>
        <translation>Не &amp;меньше:</translation>
    </message>
    <message>
        <source>At &amp;most:</source>
        <translation>Не &amp;больше:</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>без ограничения</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Процессы</translation>
    </message>
    <message>
        <source>systemctl is not installed on the server</source>
        <translation>на сервере нет systemctl</translation>
    </message>
    <message>
        <source>systemctl gave no unit states: %1</source>
        <translation>systemctl не сообщил состояния юнитов: %1</translation>
    </message>
    <message>
        <source>%1 (allowed: %2)</source>
        <translation>%1 (допустимо: %2)</translation>
    </message>
    <message>
        <source>must list at least one systemd unit, e.g. [&quot;nginx&quot;]</source>
        <translation>должно перечислять хотя бы один юнит systemd, например [&quot;nginx&quot;]</translation>
    </message>
    <message>
        <source>is not a systemd unit name: &quot;%1&quot;</source>
        <translation>не является именем юнита systemd: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be one of %1; got &quot;%2&quot;</source>
        <translation>должно быть одним из %1; получено &quot;%2&quot;</translation>
    </message>
    <message>
        <source>systemd units</source>
        <translation>Юниты systemd</translation>
    </message>
    <message>
        <source>systemd &amp;units:</source>
        <translation>&amp;Юниты systemd:</translation>
    </message>
    <message>
        <source>e.g. nginx, gunicorn</source>
        <translation>например nginx, gunicorn</translation>
    </message>
    <message>
        <source>Allowed &amp;states:</source>
        <translation>Допустимые &amp;состояния:</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>Units active</source>
        <translation>Активные юниты</translation>
    </message>
    <message>
        <source>%1 active</source>
        <translation>%1 активен</translation>
    </message>
    <message>
        <source>the uptime</source>
        <translation>время работы</translation>
    </message>
    <message>
        <source>rebooted %1 ago</source>
        <translation>перезагружен %1 назад</translation>
    </message>
    <message>
        <source>up %1</source>
        <translation>работает %1</translation>
    </message>
    <message>
        <source>Uptime (reboot detection)</source>
        <translation>Время работы (обнаружение перезагрузки)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Время работы</translation>
    </message>
    <message>
        <source>%1 checks are not answered by the probe</source>
        <translation>проверки %1 не выполняются пробой</translation>
    </message>
    <message>
        <source>%1 checks do not run a command of their own</source>
        <translation>проверки %1 не запускают собственную команду</translation>
    </message>
    <message>
        <source>df reported figures for %1 that cannot be true: %2</source>
        <translation>df сообщил для %1 невозможные значения: %2</translation>
    </message>
    <message>
        <source>must be a status code or a list of them, e.g. [200, 301]; got %1</source>
        <translation>должно быть кодом состояния или списком кодов, например [200, 301]; получено %1</translation>
    </message>
    <message>
        <source>set &quot;name&quot; or &quot;pattern&quot;, not both: a name counts processes called exactly that, a pattern matches their command lines</source>
        <translation>укажите &quot;name&quot; или &quot;pattern&quot;, но не оба: имя считает процессы с точно таким именем, шаблон сравнивается с их командной строкой</translation>
    </message>
    <message>
        <source>the CPU counters started again since the last sample (a restart?); CPU use is measured from the next sample</source>
        <translation>счётчики CPU начались заново после прошлого замера (перезагрузка?); загрузка CPU будет измерена со следующего замера</translation>
    </message>
    <message>
        <source>rebooted %1 ago (booted %2)</source>
        <translation>перезагружен %1 назад (загрузка %2)</translation>
    </message>
    <message>
        <source>up %1 (booted %2)</source>
        <translation>работает %1 (загрузка %2)</translation>
    </message>
    <message>
        <source>After a reboot seen while watching, warn until the machine has been up this long</source>
        <translation>После перезагрузки, замеченной во время наблюдения, предупреждать, пока машина не проработает столько</translation>
    </message>
    <message>
        <source>must start with http:// or https://</source>
        <translation>должен начинаться с http:// или https://</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 Б</translation>
    </message>
    <message>
        <source>cannot list the backups of %1: %2</source>
        <translation>не удалось получить список копий %1: %2</translation>
    </message>
    <message>
        <source>there is no backup of %1 (the listing found none; check the source&apos;s path and pattern)</source>
        <translation>нет ни одной копии %1 (список пуст; проверьте путь и шаблон источника)</translation>
    </message>
    <message>
        <source> (as last listed; listing now failed: %1)</source>
        <translation> (по последнему списку; получить список сейчас не удалось: %1)</translation>
    </message>
    <message>
        <source>the newest backup of %1 is %2 old (limit %3 h): %4</source>
        <translation>самой новой копии %1 уже %2 (предел %3 ч): %4</translation>
    </message>
    <message>
        <source>the last verification of %1 failed: %2</source>
        <translation>последняя проверка %1 не пройдена: %2</translation>
    </message>
    <message>
        <source>the newest backup of %1 is %2, %3% of the usual %4 (the median of the %5 before it): was an empty folder backed up?</source>
        <translation>самая новая копия %1 — %2, это %3% от обычных %4 (медиана %5 предыдущих): не скопирована ли пустая папка?</translation>
    </message>
    <message>
        <source>the backup volume of %1 fills up in about %2 days at the recent rate (%3 free)</source>
        <translation>при нынешнем темпе том с копиями %1 заполнится примерно через %2 дн. (свободно %3)</translation>
    </message>
    <message>
        <source>newest backup of %1: %2, %3 old%4</source>
        <translation>самая новая копия %1: %2, возраст %3%4</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source>must name a backup source (an id of the &quot;backups&quot; array)</source>
        <translation>должно указывать источник копий (id из массива &quot;backups&quot;)</translation>
    </message>
    <message>
        <source>must be 1–8784 hours, got %1</source>
        <translation>должно быть от 1 до 8784 часов, указано %1</translation>
    </message>
    <message>
        <source>must be 0–100 (0: not checked), got %1</source>
        <translation>должно быть от 0 до 100 (0: не проверяется), указано %1</translation>
    </message>
    <message>
        <source>must be 0–3650 (0: not checked), got %1</source>
        <translation>должно быть от 0 до 3650 (0: не проверяется), указано %1</translation>
    </message>
    <message>
        <source>Backup freshness</source>
        <translation>Свежесть резервных копий</translation>
    </message>
    <message>
        <source>Backup &amp;source:</source>
        <translation>&amp;Источник копий:</translation>
    </message>
    <message>
        <source>the id of a backup source</source>
        <translation>id источника копий</translation>
    </message>
    <message>
        <source>Newest backup at most:</source>
        <translation>Новейшей копии не больше:</translation>
    </message>
    <message>
        <source> h old</source>
        <translation> ч</translation>
    </message>
    <message>
        <source>Warn when smaller than:</source>
        <translation>Предупреждать, если меньше:</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>не проверяется</translation>
    </message>
    <message>
        <source> % of the usual</source>
        <translation> % от обычного</translation>
    </message>
    <message>
        <source>Warn when the volume fills within:</source>
        <translation>Предупреждать, если том заполнится за:</translation>
    </message>
    <message>
        <source>Newest backup&apos;s age</source>
        <translation>Возраст новейшей копии</translation>
    </message>
    <message>
        <source>Newest backup&apos;s size</source>
        <translation>Размер новейшей копии</translation>
    </message>
    <message>
        <source>Free space on the backup volume</source>
        <translation>Свободное место на томе с копиями</translation>
    </message>
    <message>
        <source>%1 checks do not read the backup catalog</source>
        <translation>проверки %1 не читают каталог копий</translation>
    </message>
    <message>
        <source>backup checks need the history file&apos;s backup catalog, which this run has not opened</source>
        <translation>проверкам копий нужен каталог копий из файла истории, а этот запуск его не открыл</translation>
    </message>
    <message>
        <source>listing the backups of %1 took longer than %2 s</source>
        <translation>получение списка копий %1 заняло больше %2 с</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>неизвестная команда «%1»</translation>
    </message>
    <message>
        <source>this dozor was built without the desktop app (DOZOR_GUI=OFF); dozor watch runs the same monitoring headless</source>
        <translation>этот dozor собран без настольного приложения (DOZOR_GUI=OFF); тот же мониторинг без окна запускает dozor watch</translation>
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
        <translation>Использование: dozor &lt;command&gt; [параметры]

Команды:
  validate   проверить файл рабочего пространства и перечислить все ошибки в нём
  check      выполнить все проверки один раз; код выхода 0 OK, 1 WARN, 2 CRIT/UNKNOWN, 3 ошибка использования
  watch      выполнять проверки с их интервалами и записывать историю
  history    экспортировать записанный ряд (CSV или JSON)
  secret     сохранить или удалить SSH-пароль или парольную фразу ключа сервера либо токен
             канала оповещений в системном хранилище паролей (dozor secret set|clear TARGET,
             dozor secret set|clear --channel ID, --backup ID для репозитория
             или базы PostgreSQL)
  import-ssh-config  добавить хосты из ~/.ssh/config как серверы
  maintenance  начать, завершить или перечислить окна обслуживания (пока окно открыто, оповещений нет)
  alert      проверить канал оповещений (dozor alert test CHANNEL) или перечислить каналы
  journal    перечислить, добавить или экспортировать (Markdown) инциденты и записи журнала
  uptime     время работы и MTTR по проверкам и серверам за период
  remediate  выполнить исправление для проверки сейчас (сначала показывает команду и спрашивает)
  backup     перечислить, проверить, скачать, создать и очистить резервные копии серверов
             (dozor backup --help)
  restore    предпросмотр восстановления копии, само восстановление, его завершение или откат
             (dozor restore --help)
  deploy     развернуть рецепт на сервере, откатить, перечислить развёртывания
             (dozor deploy --help)

Параметры:
  -h, --help     показать эту справку или справку по команде: dozor &lt;command&gt; --help
  -v, --version  показать версию

Каждая команда принимает --workspace FILE; рабочее пространство по умолчанию находится
в папке настроек пользователя (DOZOR_HOME переопределяет её и папку данных).

Без команды dozor открывает графическое приложение (также: dozor gui), которое принимает
--workspace FILE, --page overview|journal|backups|jobs|target:ID и --hidden (запуск
в системном лотке).
</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Use the workspace FILE instead of the default.</source>
        <translation>Использовать рабочее пространство ФАЙЛ вместо стандартного.</translation>
    </message>
    <message>
        <source>Created a workspace that watches this computer: %1</source>
        <translation>Создано рабочее пространство, которое следит за этим компьютером: %1</translation>
    </message>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>лишний аргумент: %1</translation>
    </message>
    <message>
        <source>Trust SSH servers whose host key is not known yet and remember their keys. A changed key is refused all the same.</source>
        <translation>Доверять SSH-серверам с ещё не известным ключом хоста и запомнить их ключи. Изменившийся ключ всё равно будет отвергнут.</translation>
    </message>
    <message>
        <source>%1: cannot use its SSH password: %2. Store it with: dozor secret set %3</source>
        <translation>%1: не удаётся использовать SSH-пароль: %2. Сохраните его командой: dozor secret set %3</translation>
    </message>
    <message>
        <source>%1: cannot use its key&apos;s passphrase: %2. Store it with: dozor secret set %3</source>
        <translation>%1: не удаётся использовать парольную фразу ключа: %2. Сохраните её командой: dozor secret set %3</translation>
    </message>
    <message>
        <source>alert channel %1: cannot read its secret: %2. Store it with: dozor secret set --channel %1</source>
        <translation>канал оповещений %1: не удалось прочитать его секрет: %2. Сохраните его так: dozor secret set --channel %1</translation>
    </message>
    <message>
        <source>%1: cannot read its SSH password: %2</source>
        <translation>%1: не удаётся прочитать его пароль SSH: %2</translation>
    </message>
    <message>
        <source>%1: cannot read its key&apos;s passphrase: %2</source>
        <translation>%1: не удаётся прочитать парольную фразу его ключа: %2</translation>
    </message>
    <message>
        <source>backup source %1: cannot read its password: %2. Store it with: dozor secret set --backup %1</source>
        <translation>источник копий %1: не удаётся прочитать его пароль: %2. Сохраните его командой: dozor secret set --backup %1</translation>
    </message>
</context>
<context>
    <name>DatabasePreview</name>
    <message>
        <source>a line of the row counts cannot be read: %1</source>
        <translation>не удалось прочитать строку с числом строк таблиц: %1</translation>
    </message>
</context>
<context>
    <name>DefaultWorkspace</name>
    <message>
        <source>My servers</source>
        <translation>Мои серверы</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>Процессор</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Нагрузка</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Память</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>Диски</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Время работы</translation>
    </message>
</context>
<context>
    <name>DeployCommand</name>
    <message>
        <source>Plan: %1</source>
        <translation>План: %1</translation>
    </message>
    <message>
        <source>  At the end, whatever happens: %1</source>
        <translation>  В конце, что бы ни случилось: %1</translation>
    </message>
    <message>
        <source>Deploy %1 to %2 (%3)</source>
        <translation>Развёртывание %1 на %2 (%3)</translation>
    </message>
    <message>
        <source>the login&apos;s home</source>
        <translation>домашняя папка входа</translation>
    </message>
    <message>
        <source>Live release: none (this is the first deploy)</source>
        <translation>Рабочий релиз: нет (это первое развёртывание)</translation>
    </message>
    <message>
        <source>Live release: %1</source>
        <translation>Рабочий релиз: %1</translation>
    </message>
    <message>
        <source>The lock of a deploy whose Dozor is gone (%1) will be taken over.</source>
        <translation>Блокировка развёртывания, чей Dozor уже завершился (%1), будет перехвачена.</translation>
    </message>
    <message numerus="yes">
        <source>Build: %1, %n file(s), %2</source>
        <translation>
            <numerusform>Сборка: %1, %n файл, %2</numerusform>
            <numerusform>Сборка: %1, %n файла, %2</numerusform>
            <numerusform>Сборка: %1, %n файлов, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes: %1 to upload (%2), %3 removed, %4 unchanged</source>
        <translation>Изменения: загрузить %1 (%2), удалить %3, без изменений %4</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… и ещё %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>предупреждение: %1</translation>
    </message>
    <message>
        <source>%1 done (%2).</source>
        <translation>%1: готово (%2).</translation>
    </message>
    <message>
        <source>%1 done (%2): %3 is live%4.</source>
        <translation>%1: готово (%2): работает %3%4.</translation>
    </message>
    <message>
        <source>; %1 was live before (dozor deploy rollback %2 goes back to it)</source>
        <translation>; до этого работал %1 (dozor deploy rollback %2 возвращает его)</translation>
    </message>
    <message>
        <source>%1 %2: %3.</source>
        <translation>%1 — %2: %3.</translation>
    </message>
    <message>
        <source>Nothing was live before; nothing is now.</source>
        <translation>До этого ничего не работало; сейчас тоже.</translation>
    </message>
    <message>
        <source>%1 is live, as before.</source>
        <translation>Работает %1, как и до этого.</translation>
    </message>
    <message>
        <source>Look at the server (%1).</source>
        <translation>Проверьте сервер (%1).</translation>
    </message>
    <message>
        <source>The migrations ran: the code is back but the database keeps their changes. Restore the database if the old code needs it.</source>
        <translation>Миграции выполнились: код возвращён, но изменения в базе данных остались. Восстановите базу, если старому коду это нужно.</translation>
    </message>
    <message>
        <source>The migrations ran: the code is back but the database keeps their changes. The backup taken before them is the newest of %1: dozor restore preview %1, then dozor restore run %1 --yes (nothing is restored without you).</source>
        <translation>Миграции выполнились: код возвращён, но изменения в базе данных остались. Копия, сделанная перед ними, — самая новая в %1: dozor restore preview %1, затем dozor restore run %1 --yes (без вас ничего не восстанавливается).</translation>
    </message>
    <message>
        <source>Deploy of %1 to %2: %3</source>
        <translation>Развёртывание %1 на %2: %3</translation>
    </message>
    <message>
        <source>Nothing was changed on the server: add --yes to deploy.</source>
        <translation>На сервере ничего не изменено: добавьте --yes, чтобы развернуть.</translation>
    </message>
    <message>
        <source>Deploy of %1 to %2 did not start: %3</source>
        <translation>Развёртывание %1 на %2 не началось: %3</translation>
    </message>
    <message>
        <source>server %1 has no recipe that keeps releases</source>
        <translation>у сервера %1 нет рецепта, хранящего релизы</translation>
    </message>
    <message>
        <source>server %1 has several recipes (%2): name one with --recipe</source>
        <translation>у сервера %1 несколько рецептов (%2): укажите один через --recipe</translation>
    </message>
    <message>
        <source>Rollback of %1 on %2: %3</source>
        <translation>Откат %1 на %2: %3</translation>
    </message>
    <message>
        <source>Releases on the server: %1</source>
        <translation>Релизы на сервере: %1</translation>
    </message>
    <message>
        <source>Nothing was changed on the server: add --yes to roll back.</source>
        <translation>На сервере ничего не изменено: добавьте --yes, чтобы откатить.</translation>
    </message>
    <message>
        <source>Rollback of %1 on %2 did not start: %3</source>
        <translation>Откат %1 на %2 не начался: %3</translation>
    </message>
    <message>
        <source>No deploys of %1 recorded here.</source>
        <translation>Развёртываний %1 здесь не записано.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>server %1 has no recipe &quot;%2&quot;</source>
        <translation>у сервера %1 нет рецепта «%2»</translation>
    </message>
    <message>
        <source>recipe %1 has no smoke requests</source>
        <translation>у рецепта %1 нет контрольных запросов</translation>
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
        <translation>Развёртывания рецептов рабочего пространства (его массив «deploy»).
  SERVER RECIPE [--ref REF] [--from DIR] --yes [--json]
      развернуть: без --yes показываются план и изменения. Статический сайт
      собирается здесь («build» рецепта; --from DIR развёртывает DIR как есть),
      сравнивается с рабочим релизом, и в новый релиз загружаются только
      отличающиеся файлы; для приложения ref получается на сервере. Новый релиз
      становится рабочим заменой ссылки current одним переименованием, внутри
      льготного окна (без оповещений); если после этого что-то не удаётся,
      возвращается релиз, работавший до этого.
  rollback SERVER [--recipe ID] [--to RELEASE] --yes
      снова сделать рабочим релиз, работавший до последнего развёртывания (или RELEASE)
  list SERVER [--json] [--limit N]   развёртывания, записанные здесь, новые первыми
  smoke SERVER RECIPE   выполнить контрольные запросы рецепта сейчас
Коды выхода: 0 готово, 2 контрольные запросы не прошли, 3 ошибка использования
(или нет --yes), 4 развёртывание не удалось (оно откачено, если успело изменить
рабочее).</translation>
    </message>
    <message>
        <source>app: the branch, tag or commit.</source>
        <translation>app: ветка, тег или коммит.</translation>
    </message>
    <message>
        <source>static: deploy this folder as it is (no build).</source>
        <translation>static: развернуть эту папку как есть (без сборки).</translation>
    </message>
    <message>
        <source>Do it.</source>
        <translation>Выполнить.</translation>
    </message>
    <message>
        <source>Deploy even when the server&apos;s checks fail before it.</source>
        <translation>Развернуть, даже если проверки сервера перед этим не проходят.</translation>
    </message>
    <message>
        <source>Print the job (or the list) as JSON.</source>
        <translation>Вывести задание (или список) в JSON.</translation>
    </message>
    <message>
        <source>rollback: the recipe (when the server has several).</source>
        <translation>rollback: рецепт (если у сервера их несколько).</translation>
    </message>
    <message>
        <source>rollback: this release (a name in releases/).</source>
        <translation>rollback: этот релиз (имя в releases/).</translation>
    </message>
    <message>
        <source>list: at most N deploys (default 20).</source>
        <translation>list: не больше N развёртываний (по умолчанию 20).</translation>
    </message>
    <message>
        <source>SERVER RECIPE, or rollback|list SERVER, or smoke SERVER RECIPE</source>
        <translation>SERVER RECIPE, или rollback|list SERVER, или smoke SERVER RECIPE</translation>
    </message>
    <message>
        <source>usage: dozor deploy SERVER RECIPE --yes, dozor deploy rollback|list SERVER, dozor deploy smoke SERVER RECIPE (see dozor deploy --help)</source>
        <translation>использование: dozor deploy SERVER RECIPE --yes, dozor deploy rollback|list SERVER, dozor deploy smoke SERVER RECIPE (см. dozor deploy --help)</translation>
    </message>
    <message>
        <source>there is no server &quot;%1&quot; in %2</source>
        <translation>в %2 нет сервера «%1»</translation>
    </message>
    <message>
        <source>--limit must be a positive number</source>
        <translation>--limit должен быть положительным числом</translation>
    </message>
    <message>
        <source>Deploying %1 to %2…</source>
        <translation>Развёртывание %1 на %2…</translation>
    </message>
    <message>
        <source>%1 may be live. Look at the server: dozor deploy rollback %2 makes %3 live again (the release that was live before).</source>
        <translation>Возможно, работает %1. Проверьте сервер: dozor deploy rollback %2 снова делает рабочим %3 (релиз, работавший до этого).</translation>
    </message>
    <message>
        <source>; %1 was live before (dozor deploy rollback %2 --to %1 goes back to it)</source>
        <translation>; до этого работал %1 (dozor deploy rollback %2 --to %1 возвращает его)</translation>
    </message>
</context>
<context>
    <name>DeployPlans</name>
    <message>
        <source>Restart the service (%1)</source>
        <translation>Перезапустить службу (%1)</translation>
    </message>
    <message>
        <source>Restart %1</source>
        <translation>Перезапустить %1</translation>
    </message>
    <message>
        <source>Record on the server that %1 was live</source>
        <translation>Записать на сервере, что работал %1</translation>
    </message>
    <message>
        <source>no release</source>
        <translation>ни один релиз</translation>
    </message>
    <message>
        <source>Run the server&apos;s checks after the rollback</source>
        <translation>Выполнить проверки сервера после отката</translation>
    </message>
    <message>
        <source>Make %1 live (current → releases/%1, one rename)</source>
        <translation>Сделать рабочим %1 (current → releases/%1, одно переименование)</translation>
    </message>
    <message>
        <source>Remove the current link (there was no release before)</source>
        <translation>Удалить ссылку current (до этого релиза не было)</translation>
    </message>
    <message>
        <source>Make %1 live again</source>
        <translation>Снова сделать рабочим %1</translation>
    </message>
    <message>
        <source> and restart</source>
        <translation> и перезапустить</translation>
    </message>
    <message>
        <source>Run the server&apos;s checks until they pass (a try every %1 s for %2 s)</source>
        <translation>Выполнять проверки сервера, пока не пройдут (попытка каждые %1 с в течение %2 с)</translation>
    </message>
    <message numerus="yes">
        <source>Run the smoke requests (%n request(s))</source>
        <translation>
            <numerusform>Выполнить контрольные запросы (%n запрос)</numerusform>
            <numerusform>Выполнить контрольные запросы (%n запроса)</numerusform>
            <numerusform>Выполнить контрольные запросы (%n запросов)</numerusform>
        </translation>
    </message>
    <message>
        <source>Take the deploy lock on the server</source>
        <translation>Взять блокировку развёртывания на сервере</translation>
    </message>
    <message>
        <source>Release the deploy lock</source>
        <translation>Снять блокировку развёртывания</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a branch, tag or commit name</source>
        <translation>«%1» — не имя ветки, тега или коммита</translation>
    </message>
    <message>
        <source>%1/current is a folder, not a link to a release: move it into %1/releases/ and link it (mkdir -p %1/releases &amp;&amp; mv %1/current %1/releases/first &amp;&amp; ln -s releases/first %1/current), or deploy to another folder</source>
        <translation>%1/current — папка, а не ссылка на релиз: перенесите её в %1/releases/ и создайте ссылку (mkdir -p %1/releases &amp;&amp; mv %1/current %1/releases/first &amp;&amp; ln -s releases/first %1/current) или развёртывайте в другую папку</translation>
    </message>
    <message>
        <source>%1 on %2, process %3, since %4 UTC (release %5)</source>
        <translation>%1 на %2, процесс %3, с %4 UTC (релиз %5)</translation>
    </message>
    <message>
        <source>a deploy needs a release stamp</source>
        <translation>развёртыванию нужна метка релиза</translation>
    </message>
    <message>
        <source>a static deploy needs its build compared first</source>
        <translation>для статического развёртывания сначала нужно сравнить сборку</translation>
    </message>
    <message>
        <source>Deploy %1 to %2</source>
        <translation>Развернуть %1 на %2</translation>
    </message>
    <message>
        <source>Deploy %1 (%2) to %3</source>
        <translation>Развернуть %1 (%2) на %3</translation>
    </message>
    <message>
        <source>Run the server&apos;s checks before the deploy (they must pass)</source>
        <translation>Выполнить проверки сервера перед развёртыванием (должны пройти)</translation>
    </message>
    <message>
        <source>Remove the new release %1</source>
        <translation>Удалить новый релиз %1</translation>
    </message>
    <message>
        <source>Make the new release %1</source>
        <translation>Создать новый релиз %1</translation>
    </message>
    <message numerus="yes">
        <source>Make the new release %1 from a copy of %2 (%n path(s) removed)</source>
        <translation>
            <numerusform>Создать новый релиз %1 из копии %2 (удалён %n путь)</numerusform>
            <numerusform>Создать новый релиз %1 из копии %2 (удалено %n пути)</numerusform>
            <numerusform>Создать новый релиз %1 из копии %2 (удалено %n путей)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Upload %n changed file(s) (%1)</source>
        <translation>
            <numerusform>Загрузить %n изменённый файл (%1)</numerusform>
            <numerusform>Загрузить %n изменённых файла (%1)</numerusform>
            <numerusform>Загрузить %n изменённых файлов (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Put the uploaded files in place and check the release against the build</source>
        <translation>Разложить загруженные файлы и сверить релиз со сборкой</translation>
    </message>
    <message>
        <source>Check out %1 in the new release %2</source>
        <translation>Получить %1 в новом релизе %2</translation>
    </message>
    <message>
        <source>Install the requirements into %1</source>
        <translation>Установить зависимости в %1</translation>
    </message>
    <message>
        <source>Run the migrations (manage.py migrate)</source>
        <translation>Выполнить миграции (manage.py migrate)</translation>
    </message>
    <message>
        <source>Collect the static files (manage.py collectstatic)</source>
        <translation>Собрать статические файлы (manage.py collectstatic)</translation>
    </message>
    <message>
        <source>Set the modes (files %1, folders %2)</source>
        <translation>Задать права (файлы %1, папки %2)</translation>
    </message>
    <message>
        <source>Give the release to %1 and set the modes (files %2, folders %3)</source>
        <translation>Отдать релиз %1 и задать права (файлы %2, папки %3)</translation>
    </message>
    <message numerus="yes">
        <source>Record the deploy as done and keep the newest %n release(s)</source>
        <translation>
            <numerusform>Записать развёртывание как завершённое и оставить %n новейший релиз</numerusform>
            <numerusform>Записать развёртывание как завершённое и оставить %n новейших релиза</numerusform>
            <numerusform>Записать развёртывание как завершённое и оставить %n новейших релизов</numerusform>
        </translation>
    </message>
    <message>
        <source>the server has no record of a deploy by Dozor: name the release with --to</source>
        <translation>на сервере нет записи о развёртывании Dozor: укажите релиз через --to</translation>
    </message>
    <message>
        <source>there was no release before the last deploy (%1): name one with --to</source>
        <translation>до последнего развёртывания (%1) релиза не было: укажите его через --to</translation>
    </message>
    <message>
        <source>recipe %1 is a generic one: it keeps no releases to go back to</source>
        <translation>рецепт %1 общий: он не хранит релизов, к которым можно вернуться</translation>
    </message>
    <message>
        <source>there is no release %1 in %2/releases (there are: %3)</source>
        <translation>в %2/releases нет релиза %1 (есть: %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>%1 is already live</source>
        <translation>%1 уже работает</translation>
    </message>
    <message>
        <source>Roll %1 on %2 back to %3</source>
        <translation>Откатить %1 на %2 к %3</translation>
    </message>
    <message>
        <source>Record the rollback as done</source>
        <translation>Записать откат как завершённый</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not a deploy state (the first line is &quot;%1&quot;)</source>
        <translation>ответ сервера — не состояние развёртывания (первая строка: «%1»)</translation>
    </message>
    <message>
        <source>a lock that names no one</source>
        <translation>блокировка без владельца</translation>
    </message>
    <message>
        <source>the live release&apos;s listing has a line Dozor cannot read: &quot;%1&quot;</source>
        <translation>в списке рабочего релиза есть строка, которую Dozor не может прочитать: «%1»</translation>
    </message>
    <message>
        <source>the live release&apos;s listing names &quot;%1&quot;, which is not a path inside it</source>
        <translation>список рабочего релиза называет «%1» — это не путь внутри него</translation>
    </message>
    <message>
        <source>Back up %1: %2</source>
        <translation>Резервная копия %1: %2</translation>
    </message>
    <message>
        <source>Make the new release %1 from a copy of %2</source>
        <translation>Создать новый релиз %1 из копии %2</translation>
    </message>
    <message>
        <source>%1/current links to %2, not to a release in %1/releases/: Dozor leaves a layout it did not make alone</source>
        <translation>%1/current указывает на %2, а не на релиз в %1/releases/: Dozor не трогает структуру, которую создавал не он</translation>
    </message>
    <message>
        <source>%1/current links to releases/%2, which is not there: make a release live first with dozor deploy rollback %3 --to RELEASE (there are: %4), or remove the link</source>
        <translation>%1/current указывает на releases/%2, которого нет: сначала сделайте рабочим релиз через dozor deploy rollback %3 --to RELEASE (есть: %4) или удалите ссылку</translation>
    </message>
    <message>
        <source>Give the release to %1</source>
        <translation>Отдать релиз %1</translation>
    </message>
    <message>
        <source>the last change there was a rollback (to %1, from %2): name the release to go to with --to</source>
        <translation>последним изменением был откат (к %1, с %2): укажите нужный релиз через --to</translation>
    </message>
    <message>
        <source>%1 is live: the last deploy (%2) did not go live, or was rolled back already</source>
        <translation>работает %1: последнее развёртывание (%2) не стало рабочим или уже откачено</translation>
    </message>
    <message>
        <source>the live release (%1) is not the one the last deploy made (%2): name the release with --to</source>
        <translation>рабочий релиз (%1) — не тот, что сделало последнее развёртывание (%2): укажите релиз через --to</translation>
    </message>
    <message>
        <source>the live release holds a file whose name is not UTF-8: rename it on the server (%1)</source>
        <translation>в рабочем релизе есть файл с именем не в UTF-8: переименуйте его на сервере (%1)</translation>
    </message>
</context>
<context>
    <name>DeployService</name>
    <message>
        <source>there is no server &quot;%1&quot; in the workspace</source>
        <translation>в рабочем пространстве нет сервера «%1»</translation>
    </message>
    <message>
        <source>server %1 has no deploy recipes (the workspace&apos;s &quot;deploy&quot;)</source>
        <translation>у сервера %1 нет рецептов развёртывания («deploy» рабочего пространства)</translation>
    </message>
    <message>
        <source>server %1 has no recipe &quot;%2&quot; (its recipes: %3)</source>
        <translation>у сервера %1 нет рецепта «%2» (его рецепты: %3)</translation>
    </message>
    <message>
        <source>the project folder %1 does not exist (the recipe&apos;s &quot;project&quot;)</source>
        <translation>папки проекта %1 нет («project» рецепта)</translation>
    </message>
    <message>
        <source>Building in %1: %2</source>
        <translation>Сборка в %1: %2</translation>
    </message>
    <message>
        <source>the build failed (exit status %1): nothing was deployed</source>
        <translation>сборка не удалась (код выхода %1): ничего не развёрнуто</translation>
    </message>
    <message>
        <source>the build did not finish: %1</source>
        <translation>сборка не завершилась: %1</translation>
    </message>
    <message>
        <source>Reading %1 on %2…</source>
        <translation>Чтение %1 на %2…</translation>
    </message>
    <message>
        <source>the login&apos;s home</source>
        <translation>домашняя папка входа</translation>
    </message>
    <message>
        <source>cannot read %1 on %2: %3</source>
        <translation>не удаётся прочитать %1 на %2: %3</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MiB</source>
        <translation>ответ больше %1 МиБ</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>код выхода %1</translation>
    </message>
    <message>
        <source>Comparing %1 with the live release…</source>
        <translation>Сравнение %1 с рабочим релизом…</translation>
    </message>
    <message>
        <source>cannot make a folder for the upload: %1</source>
        <translation>не удаётся создать папку для загрузки: %1</translation>
    </message>
    <message>
        <source>another deploy holds the lock on %1: %2. If none runs there, remove %3/.dozor-deploy.lock on the server</source>
        <translation>блокировку на %1 держит другое развёртывание: %2. Если там ничего не выполняется, удалите %3/.dozor-deploy.lock на сервере</translation>
    </message>
    <message>
        <source>the backup before the deploy (%1): %2</source>
        <translation>резервная копия перед развёртыванием (%1): %2</translation>
    </message>
    <message>
        <source>another deploy holds the lock on %1: %2</source>
        <translation>блокировку на %1 держит другое развёртывание: %2</translation>
    </message>
    <message>
        <source>cannot open the grace window (no alerts during the deploy): %1</source>
        <translation>не удаётся открыть льготное окно (без оповещений во время развёртывания): %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>recipe %1 is a generic one: it keeps no releases to go back to</source>
        <translation>рецепт %1 общий: он не хранит релизов, к которым можно вернуться</translation>
    </message>
</context>
<context>
    <name>DeploysJson</name>
    <message>
        <source>must be an object, got %1</source>
        <translation>должно быть объектом, получено: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>«%1» должно быть строкой</translation>
    </message>
    <message>
        <source>must be %1–%2 seconds, got %3</source>
        <translation>должно быть %1–%2 секунд, получено %3</translation>
    </message>
    <message>
        <source>is missing: the program and its arguments, e.g. [&quot;./manage.py&quot;, &quot;clearcache&quot;]</source>
        <translation>отсутствует: программа и её аргументы, например [&quot;./manage.py&quot;, &quot;clearcache&quot;]</translation>
    </message>
    <message>
        <source>must be &quot;stop&quot;, &quot;roll_back&quot; or &quot;continue&quot;, got &quot;%1&quot;</source>
        <translation>должно быть &quot;stop&quot;, &quot;roll_back&quot; или &quot;continue&quot;, получено &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be an HTTP status (100–599), got %1</source>
        <translation>должно быть HTTP-статусом (100–599), получено %1</translation>
    </message>
    <message>
        <source>must be &quot;static&quot;, &quot;app&quot; or &quot;generic&quot;, got &quot;%1&quot;</source>
        <translation>должно быть &quot;static&quot;, &quot;app&quot; или &quot;generic&quot;, получено &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be 2–100 releases (the live one and the one before it are always kept), got %1</source>
        <translation>должно быть 2–100 релизов (рабочий и предыдущий хранятся всегда), получено %1</translation>
    </message>
    <message>
        <source>must be letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, got &quot;%1&quot;</source>
        <translation>допустимы буквы, цифры, &apos;.&apos;, &apos;_&apos; и &apos;-&apos;, получено &quot;%1&quot;</translation>
    </message>
    <message>
        <source>duplicate recipe &quot;%1&quot; on server &quot;%2&quot;</source>
        <translation>повторяющийся рецепт «%1» на сервере «%2»</translation>
    </message>
    <message>
        <source>no target with id &quot;%1&quot;</source>
        <translation>нет сервера с id «%1»</translation>
    </message>
    <message>
        <source>a deploy runs on a server: target &quot;%1&quot; has no SSH login and is not this computer</source>
        <translation>развёртывание выполняется на сервере: у «%1» нет входа по SSH и это не этот компьютер</translation>
    </message>
    <message>
        <source>must be one line</source>
        <translation>должно быть одной строкой</translation>
    </message>
    <message>
        <source>must be the absolute path of the site&apos;s or app&apos;s folder on the server, such as /srv/site (it holds releases/ and current), got &quot;%1&quot;</source>
        <translation>должно быть абсолютным путём папки сайта или приложения на сервере, например /srv/site (в ней releases/ и current), получено «%1»</translation>
    </message>
    <message>
        <source>must be a user or group name such as www-data, got &quot;%1&quot;</source>
        <translation>должно быть именем пользователя или группы, например www-data, получено «%1»</translation>
    </message>
    <message>
        <source>must be an octal mode such as 0644 or 0755, got &quot;%1&quot;</source>
        <translation>должно быть восьмеричным режимом, например 0644 или 0755, получено «%1»</translation>
    </message>
    <message>
        <source>must be a systemd unit name such as gunicorn.service, got &quot;%1&quot;</source>
        <translation>должно быть именем юнита systemd, например gunicorn.service, получено «%1»</translation>
    </message>
    <message>
        <source>and &quot;unit&quot; both say how to restart: keep one</source>
        <translation>и «unit» оба задают перезапуск: оставьте одно</translation>
    </message>
    <message>
        <source>no backup source with id &quot;%1&quot;</source>
        <translation>нет источника резервных копий с id «%1»</translation>
    </message>
    <message>
        <source>must name the build folder to upload, e.g. &quot;dist&quot; (under &quot;project&quot;, or absolute)</source>
        <translation>должно указывать папку сборки для загрузки, например «dist» (внутри «project» или абсолютный путь)</translation>
    </message>
    <message>
        <source>belongs to a &quot;static&quot; recipe (a site built and uploaded from this computer)</source>
        <translation>относится к рецепту «static» (сайт собирается и загружается с этого компьютера)</translation>
    </message>
    <message>
        <source>belongs to an &quot;app&quot; recipe (a git checkout on the server)</source>
        <translation>относится к рецепту «app» (git-checkout на сервере)</translation>
    </message>
    <message>
        <source>a generic recipe is its steps: name at least one, e.g. {&quot;name&quot;: &quot;clear cache&quot;, &quot;command&quot;: [&quot;./manage.py&quot;, &quot;clearcache&quot;]}</source>
        <translation>общий рецепт — это его шаги: укажите хотя бы один, например {&quot;name&quot;: &quot;clear cache&quot;, &quot;command&quot;: [&quot;./manage.py&quot;, &quot;clearcache&quot;]}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>не должно быть пустым</translation>
    </message>
    <message>
        <source>starts with the program to run, e.g. [&quot;./manage.py&quot;, &quot;clearcache&quot;]</source>
        <translation>начинается с запускаемой программы, например [&quot;./manage.py&quot;, &quot;clearcache&quot;]</translation>
    </message>
    <message>
        <source>must not contain a NUL character</source>
        <translation>не должно содержать символ NUL</translation>
    </message>
    <message>
        <source>must be an http:// or https:// address, got &quot;%1&quot;</source>
        <translation>должно быть адресом http:// или https://, получено «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a name for a value: letters, digits and &apos;_&apos;</source>
        <translation>«%1» — не имя значения: буквы, цифры и &apos;_&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must name a field of the JSON answer, e.g. &quot;token&quot; or &quot;data.token&quot;</source>
        <translation>«%1» должно указывать поле JSON-ответа, например «token» или «data.token»</translation>
    </message>
    <message>
        <source>must be an array of requests, got %1</source>
        <translation>должно быть массивом запросов, получено: %1</translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message>
        <source>&quot;%1&quot; is not a duration; use a number followed by s, m, h, d or w, such as 90s, 15m, 1h or 7d</source>
        <translation>«%1» — не длительность; укажите число и одну из букв s, m, h, d или w, например 90s, 15m, 1h или 7d</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 д %2 ч</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 д</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>Dozor desktop app</source>
        <translation>Настольное приложение Dozor</translation>
    </message>
    <message>
        <source>Open this workspace file instead of the default one.</source>
        <translation>Открыть этот файл рабочего пространства вместо файла по умолчанию.</translation>
    </message>
    <message>
        <source>Start in the tray without showing the window.</source>
        <translation>Запуститься в трее, не показывая окно.</translation>
    </message>
    <message>
        <source>Dozor</source>
        <translation>Dozor</translation>
    </message>
    <message>
        <source>Start on this page: overview, journal or target:ID.</source>
        <translation>Открыть на странице: overview, journal или target:ID.</translation>
    </message>
    <message>
        <source>The workspace %1 is already being watched by %2. Dozor watches a workspace once at a time: stop that one first, or open another workspace with --workspace FILE.</source>
        <translation>За рабочим пространством %1 уже следит %2. Dozor следит за рабочим пространством только в одном экземпляре: сначала остановите тот, или откройте другое рабочее пространство через --workspace ФАЙЛ.</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>Export a recorded series from the history store.</source>
        <translation>Выгрузить записанный ряд из хранилища истории.</translation>
    </message>
    <message>
        <source>The check ID (required).</source>
        <translation>ID проверки (обязательно).</translation>
    </message>
    <message>
        <source>Only this metric (default: every metric of the check).</source>
        <translation>Только эта метрика (по умолчанию — все метрики проверки).</translation>
    </message>
    <message>
        <source>How far back: 1h, 24h, 7d, 90d … (default 1h).</source>
        <translation>Насколько далеко назад: 1h, 24h, 7d, 90d … (по умолчанию 1h).</translation>
    </message>
    <message>
        <source>At most N points per series (default 500).</source>
        <translation>Не более N точек на ряд (по умолчанию 500).</translation>
    </message>
    <message>
        <source>Decimate keeping every bucket&apos;s minimum and maximum (default: LTTB).</source>
        <translation>Прореживать, сохраняя минимум и максимум каждого интервала (по умолчанию LTTB).</translation>
    </message>
    <message>
        <source>Print CSV.</source>
        <translation>Вывести CSV.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Вывести JSON.</translation>
    </message>
    <message>
        <source>--check ID is required</source>
        <translation>нужен параметр --check ID</translation>
    </message>
    <message>
        <source>choose one of --csv and --json</source>
        <translation>укажите что-то одно: --csv или --json</translation>
    </message>
    <message>
        <source>--points must be 1 … 1000000, got &quot;%1&quot;</source>
        <translation>--points должно быть от 1 до 1000000, получено «%1»</translation>
    </message>
    <message>
        <source>no metric &quot;%1&quot; recorded for check &quot;%2&quot;</source>
        <translation>для проверки «%2» не записана метрика «%1»</translation>
    </message>
    <message>
        <source>nothing recorded for check &quot;%1&quot;</source>
        <translation>для проверки «%1» ничего не записано</translation>
    </message>
    <message numerus="yes">
        <source>%1 / %2 — %n point(s) from the %3 tier</source>
        <translation>
            <numerusform>%1 / %2 — %n точка из уровня %3</numerusform>
            <numerusform>%1 / %2 — %n точки из уровня %3</numerusform>
            <numerusform>%1 / %2 — %n точек из уровня %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryReader</name>
    <message>
        <source>no history yet: %1 does not exist (run dozor watch first)</source>
        <translation>истории пока нет: %1 не существует (сначала запустите dozor watch)</translation>
    </message>
    <message>
        <source>the history file has schema %1, this Dozor reads %2; start dozor watch once to upgrade it</source>
        <translation>файл истории имеет схему %1, а эта версия Dozor читает %2; запустите dozor watch один раз, чтобы обновить его</translation>
    </message>
    <message>
        <source>the number of points must be at least 1</source>
        <translation>число точек должно быть не меньше 1</translation>
    </message>
    <message>
        <source>the range ends before it starts</source>
        <translation>диапазон заканчивается раньше, чем начинается</translation>
    </message>
    <message>
        <source>no series &quot;%1&quot; recorded for check &quot;%2&quot;</source>
        <translation>для проверки «%2» не записан ряд «%1»</translation>
    </message>
    <message>
        <source>the history file is not open</source>
        <translation>файл истории не открыт</translation>
    </message>
</context>
<context>
    <name>HistorySchema</name>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation>не удаётся прочитать версию схемы: %1</translation>
    </message>
    <message>
        <source>the history file was written by a newer Dozor (schema %1; this version knows up to %2) — upgrade Dozor</source>
        <translation>файл истории записан более новой версией Dozor (схема %1; эта версия знает схемы до %2) — обновите Dozor</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>не удаётся начать транзакцию: %1</translation>
    </message>
    <message>
        <source>upgrading the history file to schema %1 failed: %2</source>
        <translation>не удалось обновить файл истории до схемы %1: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>не удаётся создать папку %1</translation>
    </message>
    <message>
        <source>the Qt SQLite driver is not installed (package libqt6sql6-sqlite)</source>
        <translation>драйвер SQLite для Qt не установлен (пакет libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>cannot open the history file %1: %2</source>
        <translation>не удаётся открыть файл истории %1: %2</translation>
    </message>
    <message>
        <source>cannot set up the history file %1: %2</source>
        <translation>не удаётся настроить файл истории %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Dozor history file: %2</source>
        <translation>%1 — не файл истории Dozor: %2</translation>
    </message>
</context>
<context>
    <name>HostKeyPrompt</name>
    <message>
        <source>Unknown host key</source>
        <translation>Неизвестный ключ хоста</translation>
    </message>
    <message>
        <source>%1 (%2) presents a host key Dozor has not seen before:</source>
        <translation>%1 (%2) предъявляет ключ хоста, которого Dozor раньше не видел:</translation>
    </message>
    <message>
        <source>Compare it with the server&apos;s own fingerprint (on the server: ssh-keygen -lf /etc/ssh/ssh_host_%1_key.pub) before you trust it. Once trusted, a different key from this server is refused.</source>
        <translation>Прежде чем доверять, сравните его с отпечатком на самом сервере (на сервере: ssh-keygen -lf /etc/ssh/ssh_host_%1_key.pub). После этого другой ключ от этого сервера будет отвергнут.</translation>
    </message>
    <message>
        <source>&amp;Trust and connect</source>
        <translation>&amp;Доверять и подключиться</translation>
    </message>
</context>
<context>
    <name>HttpEvaluator</name>
    <message>
        <source>2xx</source>
        <translation>2xx</translation>
    </message>
    <message>
        <source>no complete response within %1 s</source>
        <translation>полного ответа нет за %1 с</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>request failed</source>
        <translation>запрос не удался</translation>
    </message>
    <message>
        <source>HTTP %1 in %2 ms</source>
        <translation>HTTP %1 за %2 мс</translation>
    </message>
    <message numerus="yes">
        <source>TLS certificate expires in %n day(s)</source>
        <translation>
            <numerusform>сертификат TLS истекает через %n день</numerusform>
            <numerusform>сертификат TLS истекает через %n дня</numerusform>
            <numerusform>сертификат TLS истекает через %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>slow: %1 (limit %2 ms)</source>
        <translation>медленно: %1 (предел %2 мс)</translation>
    </message>
    <message>
        <source>slow: %1 (warning at %2 ms)</source>
        <translation>медленно: %1 (предупреждение от %2 мс)</translation>
    </message>
    <message>
        <source> (only the first %1 bytes were read)</source>
        <translation> (прочитаны только первые %1 байт)</translation>
    </message>
    <message>
        <source>keyword &quot;%1&quot; not found in the body%2</source>
        <translation>ключевое слово «%1» не найдено в ответе%2</translation>
    </message>
    <message>
        <source>unwanted text &quot;%1&quot; found in the body</source>
        <translation>в ответе найден нежелательный текст «%1»</translation>
    </message>
    <message>
        <source>redirect %1 to %2 (not followed; expected %3)</source>
        <translation>перенаправление %1 на %2 (не выполнено; ожидался код %3)</translation>
    </message>
    <message>
        <source>HTTP %1 %2 (expected %3)</source>
        <translation>HTTP %1 %2 (ожидался код %3)</translation>
    </message>
    <message>
        <source>, body over %1 bytes (truncated)</source>
        <translation>, ответ больше %1 байт (обрезан)</translation>
    </message>
    <message numerus="yes">
        <source>, certificate valid %n more day(s)</source>
        <translation>
            <numerusform>, сертификат действителен ещё %n день</numerusform>
            <numerusform>, сертификат действителен ещё %n дня</numerusform>
            <numerusform>, сертификат действителен ещё %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP %1 (expected %2)</source>
        <translation>HTTP %1 (ожидался код %2)</translation>
    </message>
</context>
<context>
    <name>ImportSshConfigCommand</name>
    <message>
        <source>The config file (default: ~/.ssh/config).</source>
        <translation>Файл конфигурации (по умолчанию ~/.ssh/config).</translation>
    </message>
    <message>
        <source>Import only the Host ALIAS (repeatable).</source>
        <translation>Импортировать только Host ИМЯ (можно повторять).</translation>
    </message>
    <message>
        <source>Print what would be added; change nothing.</source>
        <translation>Показать, что будет добавлено, ничего не меняя.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>no Host %1 in %2</source>
        <translation>в %2 нет Host %1</translation>
    </message>
    <message>
        <source>skipped %1: already in the workspace</source>
        <translation>пропущен %1: уже есть в рабочем пространстве</translation>
    </message>
    <message>
        <source>nothing to add</source>
        <translation>добавлять нечего</translation>
    </message>
    <message>
        <source>Saved %1. New servers&apos; host keys are asked about on first connection (dozor check --accept-new-host-keys to trust them here).</source>
        <translation>Сохранено: %1. О ключах хостов новых серверов Dozor спросит при первом подключении (dozor check --accept-new-host-keys, чтобы доверять им отсюда).</translation>
    </message>
    <message>
        <source>would add %1: %2 (%3)</source>
        <translation>будет добавлен %1: %2 (%3)</translation>
    </message>
    <message>
        <source>added %1: %2 (%3)</source>
        <translation>добавлен %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Add the hosts of an OpenSSH client config (~/.ssh/config) to the workspace as servers: Host, HostName, Port, User, IdentityFile and ProxyJump (jump hosts). Hosts the workspace already has (same address, port, user and jump hosts) are skipped; each new server comes with the standard host checks (CPU, load, memory, disks, uptime) unless --no-default-checks is given; hosts reached through a ProxyCommand are not imported. Dozor reads the file itself; nothing else in it (host-key options) has any effect.</source>
        <translation>Добавить хосты из конфигурации клиента OpenSSH (~/.ssh/config) в рабочее пространство как серверы: Host, HostName, Port, User, IdentityFile и ProxyJump (промежуточные хосты). Хосты, которые уже есть (тот же адрес, порт, пользователь и промежуточные хосты), пропускаются; каждый новый сервер получает стандартные проверки хоста (CPU, нагрузка, память, диски, время работы), если не указан --no-default-checks; хосты за ProxyCommand не импортируются. Dozor читает файл сам; остальное в нём (параметры ключей хоста) ни на что не влияет.</translation>
    </message>
    <message>
        <source>Add the servers without the standard host checks.</source>
        <translation>Добавить серверы без стандартных проверок хоста.</translation>
    </message>
    <message>
        <source> with checks %1</source>
        <translation> с проверками %1</translation>
    </message>
</context>
<context>
    <name>IncidentEngine</name>
    <message>
        <source>CRITICAL</source>
        <translation>КРИТИЧНО</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>ПРЕДУПРЕЖДЕНИЕ</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>ИНФО</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 unreachable</source>
        <translation>%1 недоступен</translation>
    </message>
    <message>
        <source>%1 cannot run either: %2</source>
        <translation>%1 тоже не выполняется: %2</translation>
    </message>
    <message>
        <source>%1 fails too: %2</source>
        <translation>%1 тоже сбоит: %2</translation>
    </message>
    <message>
        <source>%1 changed state %2 times in %3; alerts about it are held back until it settles</source>
        <translation>%1 сменил состояние %2 раз за %3; оповещения о нём задержаны, пока он не успокоится</translation>
    </message>
    <message>
        <source>FLAPPING: %1</source>
        <translation>МЕРЦАЕТ: %1</translation>
    </message>
    <message>
        <source>%1 stopped flapping; it is failing</source>
        <translation>%1 перестал мерцать; он сбоит</translation>
    </message>
    <message>
        <source>%1 stopped flapping; it is OK</source>
        <translation>%1 перестал мерцать; он в порядке</translation>
    </message>
    <message>
        <source>SETTLED: %1</source>
        <translation>УСПОКОИЛСЯ: %1</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <source>%1 after %2 failed runs in a row: %3</source>
        <translation>%1 после %2 неудачных запусков подряд: %3</translation>
    </message>
    <message>
        <source>OK again after %1</source>
        <translation>снова OK через %1</translation>
    </message>
    <message>
        <source>no &quot;resolved&quot; message: the check is flapping</source>
        <translation>сообщения «решено» нет: проверка мерцает</translation>
    </message>
    <message>
        <source>maintenance window %1 until %2: no alert</source>
        <translation>окно обслуживания %1 до %2: без оповещения</translation>
    </message>
    <message>
        <source>no alert while the check is flapping</source>
        <translation>без оповещения, пока проверка мерцает</translation>
    </message>
    <message>
        <source>
%1 checks cannot run on it.</source>
        <translation>
На нём не выполняются проверки: %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1
Failing since %2.%3</source>
        <translation>%1
Сбоит с %2.%3</translation>
    </message>
    <message>
        <source>
Still failing after the maintenance window.</source>
        <translation>
Всё ещё сбоит после окна обслуживания.</translation>
    </message>
    <message>
        <source>%1: %2 (was WARNING)</source>
        <translation>%1: %2 (было ПРЕДУПРЕЖДЕНИЕ)</translation>
    </message>
    <message>
        <source>%1
Failing since %2.</source>
        <translation>%1
Сбоит с %2.</translation>
    </message>
    <message>
        <source>STILL %1: %2</source>
        <translation>ВСЁ ЕЩЁ %1: %2</translation>
    </message>
    <message>
        <source>%1
Failing for %2, since %3.</source>
        <translation>%1
Сбоит уже %2, с %3.</translation>
    </message>
    <message>
        <source>RESOLVED: %1</source>
        <translation>РЕШЕНО: %1</translation>
    </message>
    <message>
        <source>OK again after %1 (since %2).</source>
        <translation>Снова OK через %1 (с %2).</translation>
    </message>
    <message>
        <source>closed: no longer in the workspace, so no longer watched</source>
        <translation>закрыт: этого больше нет в рабочем пространстве, за ним никто не следит</translation>
    </message>
</context>
<context>
    <name>JobBook</name>
    <message>
        <source>recording the job in the history file failed: %1</source>
        <translation>не удалось записать задание в файл истории: %1</translation>
    </message>
</context>
<context>
    <name>JobManager</name>
    <message>
        <source>Dozor stopped while this job was running</source>
        <translation>Dozor остановился во время выполнения этого задания</translation>
    </message>
    <message>
        <source>Dozor stopped while this job was running (it was closed, crashed or the computer went to sleep); check the server before running it again</source>
        <translation>Dozor остановился во время выполнения этого задания (был закрыт, аварийно завершился или компьютер ушёл в сон); перед повторным запуском проверьте сервер</translation>
    </message>
    <message>
        <source>%1: interrupted</source>
        <translation>%1: прервано</translation>
    </message>
    <message>
        <source>the job has no steps</source>
        <translation>в задании нет шагов</translation>
    </message>
    <message>
        <source>Cancel asked: the job stops after this step, which is not safe to interrupt</source>
        <translation>Запрошена отмена: задание остановится после этого шага — прерывать его небезопасно</translation>
    </message>
    <message>
        <source>== Undo: %1</source>
        <translation>== Откат: %1</translation>
    </message>
    <message>
        <source>== %1 (try %2)</source>
        <translation>== %1 (попытка %2)</translation>
    </message>
    <message>
        <source>== %1</source>
        <translation>== %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2 (%3): %4</source>
        <translation>%1: %2 (%3): %4</translation>
    </message>
    <message>
        <source>no transport</source>
        <translation>нет транспорта</translation>
    </message>
    <message>
        <source>exited with status %1</source>
        <translation>завершился с кодом %1</translation>
    </message>
    <message>
        <source>exited with status %1: %2</source>
        <translation>завершился с кодом %1: %2</translation>
    </message>
    <message>
        <source>Job %1.</source>
        <translation>Задание %1.</translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <translation>Задание %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>did not finish within %n s and was stopped</source>
        <translation>
            <numerusform>не завершилось за %n с и было остановлено</numerusform>
            <numerusform>не завершилось за %n с и было остановлено</numerusform>
            <numerusform>не завершилось за %n с и было остановлено</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled before it started</source>
        <translation>отменено до начала</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>%1; undoing it failed too</source>
        <translation>%1; отменить сделанное тоже не удалось</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <source>running</source>
        <translation>выполняется</translation>
    </message>
    <message>
        <source>rolling back</source>
        <translation>откатывается</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>откачено</translation>
    </message>
    <message>
        <source>rollback failed</source>
        <translation>ошибка отката</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>прервано</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 не удалось: %2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
</context>
<context>
    <name>JobScript</name>
    <message>
        <source>the step has no command</source>
        <translation>у шага нет команды</translation>
    </message>
    <message>
        <source>%1 is not an environment variable name</source>
        <translation>%1 — недопустимое имя переменной окружения</translation>
    </message>
    <message>
        <source>the value of %1: %2</source>
        <translation>значение %1: %2</translation>
    </message>
</context>
<context>
    <name>JournalBook</name>
    <message>
        <source>reading the history file failed: %1</source>
        <translation>не удалось прочитать файл истории: %1</translation>
    </message>
    <message>
        <source>cannot add the note: %1</source>
        <translation>не удалось добавить заметку: %1</translation>
    </message>
    <message>
        <source>cannot save the journal entry: %1</source>
        <translation>не удалось сохранить запись журнала: %1</translation>
    </message>
    <message>
        <source>there is no journal entry %1</source>
        <translation>записи журнала %1 нет</translation>
    </message>
    <message>
        <source>cannot remove the journal entry: %1</source>
        <translation>не удалось удалить запись журнала: %1</translation>
    </message>
    <message>
        <source>cannot record the maintenance window: %1</source>
        <translation>не удалось записать окно обслуживания: %1</translation>
    </message>
    <message>
        <source>cannot end the maintenance window: %1</source>
        <translation>не удалось закончить окно обслуживания: %1</translation>
    </message>
</context>
<context>
    <name>JournalCommand</name>
    <message>
        <source>How far back: 24h, 7d, 30d … (default: everything).</source>
        <translation>Насколько назад: 24h, 7d, 30d … (по умолчанию — всё).</translation>
    </message>
    <message>
        <source>Start of the period (2026-12-01 or 2026-12-01T08:00).</source>
        <translation>Начало периода (2026-12-01 или 2026-12-01T08:00).</translation>
    </message>
    <message>
        <source>End of the period.</source>
        <translation>Конец периода.</translation>
    </message>
    <message>
        <source>--%1 needs a date or date and time such as 2026-12-01 or 2026-12-01T08:00, got &quot;%2&quot;</source>
        <translation>--%1 требует дату или дату и время вида 2026-12-01 или 2026-12-01T08:00, а не &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the period ends before it starts</source>
        <translation>период кончается раньше, чем начинается</translation>
    </message>
    <message>
        <source>OPEN %1</source>
        <translation>ОТКРЫТ %1</translation>
    </message>
    <message>
        <source>resolved after %1</source>
        <translation>решён через %1</translation>
    </message>
    <message>
        <source>journal entry %1</source>
        <translation>запись журнала %1</translation>
    </message>
    <message>
        <source>nothing in the journal for this selection</source>
        <translation>в журнале ничего нет для такой выборки</translation>
    </message>
    <message>
        <source>The incident journal: incidents Dozor recorded and entries written by people.
  list    incidents (open first) and entries; filter with --target, --severity, --search and a period
  add     a journal entry: --title, and any of --severity, --target, --start, --end, --what, --cause, --fix, --follow-ups, --incident
  export  Markdown of one --incident, or of a period (to --output or standard output)</source>
        <translation>Журнал инцидентов: инциденты, записанные Dozor, и записи, сделанные людьми.
  list    инциденты (сначала открытые) и записи; фильтры --target, --severity, --search и период
  add     запись журнала: --title и любые из --severity, --target, --start, --end, --what, --cause, --fix, --follow-ups, --incident
  export  Markdown одного --incident или периода (в --output или стандартный вывод)</translation>
    </message>
    <message>
        <source>Only this server.</source>
        <translation>Только этот сервер.</translation>
    </message>
    <message>
        <source>critical, warning or info.</source>
        <translation>critical, warning или info.</translation>
    </message>
    <message>
        <source>Only what contains all these words.</source>
        <translation>Только то, где есть все эти слова.</translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation>list: вывести JSON.</translation>
    </message>
    <message>
        <source>add: the title.</source>
        <translation>add: заголовок.</translation>
    </message>
    <message>
        <source>add: when it began (default now).</source>
        <translation>add: когда началось (по умолчанию сейчас).</translation>
    </message>
    <message>
        <source>add: when it ended.</source>
        <translation>add: когда закончилось.</translation>
    </message>
    <message>
        <source>add: what happened.</source>
        <translation>add: что случилось.</translation>
    </message>
    <message>
        <source>add: the root cause.</source>
        <translation>add: первопричина.</translation>
    </message>
    <message>
        <source>add: what fixed it.</source>
        <translation>add: что помогло.</translation>
    </message>
    <message>
        <source>add: what is still to do.</source>
        <translation>add: что ещё нужно сделать.</translation>
    </message>
    <message>
        <source>add: the incident it is about; export: only this incident.</source>
        <translation>add: инцидент, к которому относится запись; export: только этот инцидент.</translation>
    </message>
    <message>
        <source>export: write to FILE.</source>
        <translation>export: записать в ФАЙЛ.</translation>
    </message>
    <message>
        <source>list, add or export</source>
        <translation>list, add или export</translation>
    </message>
    <message>
        <source>--severity is critical, warning or info, got &quot;%1&quot;</source>
        <translation>--severity бывает critical, warning или info, а не &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a journal entry needs --title</source>
        <translation>записи журнала нужен --title</translation>
    </message>
    <message>
        <source>no target with id &quot;%1&quot; in %2</source>
        <translation>в %2 нет цели с id «%1»</translation>
    </message>
    <message>
        <source>--%1 needs a date or date and time such as 2026-12-01T08:00, got &quot;%2&quot;</source>
        <translation>--%1 требует дату или дату и время вида 2026-12-01T08:00, а не &quot;%2&quot;</translation>
    </message>
    <message>
        <source>there is no incident %1 in the history (dozor journal list shows their ids)</source>
        <translation>в истории нет инцидента %1 (их id показывает dozor journal list)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Записано: %1</translation>
    </message>
    <message>
        <source>Uptime and mean time to recovery per check and per server over a period (default the last 30 days). Only time Dozor observed counts; the rest is shown as not observed.</source>
        <translation>Доступность и среднее время восстановления по проверкам и серверам за период (по умолчанию последние 30 дней). Учитывается только время, когда Dozor наблюдал; остальное показано как «не наблюдалось».</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Вывести JSON.</translation>
    </message>
    <message>
        <source>%1: %2 up, %3 incident(s), MTTR %4, not observed %5</source>
        <translation>%1: доступность %2, инцидентов %3, MTTR %4, не наблюдалось %5</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>nothing was observed in this period</source>
        <translation>за этот период ничего не наблюдалось</translation>
    </message>
    <message>
        <source>unknown journal action &quot;%1&quot;</source>
        <translation>неизвестное действие журнала «%1»</translation>
    </message>
    <message>
        <source>usage: dozor journal list|add|export (one incident: dozor journal export --incident ID)</source>
        <translation>использование: dozor journal list|add|export (один инцидент: dozor journal export --incident ID)</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>лишний аргумент: %1</translation>
    </message>
</context>
<context>
    <name>JournalExport</name>
    <message>
        <source> — </source>
        <translation> — </translation>
    </message>
    <message>
        <source>- **Severity:** %1
</source>
        <translation>- **Важность:** %1
</translation>
    </message>
    <message>
        <source>- **Server / check:** %1
</source>
        <translation>- **Сервер / проверка:** %1
</translation>
    </message>
    <message>
        <source>- **Opened:** %1
</source>
        <translation>- **Открыт:** %1
</translation>
    </message>
    <message>
        <source>- **Still open** (%1 so far)
</source>
        <translation>- **Всё ещё открыт** (уже %1)
</translation>
    </message>
    <message>
        <source>- **Resolved:** %1 (after %2)
</source>
        <translation>- **Решён:** %1 (через %2)
</translation>
    </message>
    <message>
        <source>- During a maintenance window
</source>
        <translation>- Во время окна обслуживания
</translation>
    </message>
    <message>
        <source>- **Affected checks:** %1
</source>
        <translation>- **Затронутые проверки:** %1
</translation>
    </message>
    <message>
        <source>- **Last reason:** %1

</source>
        <translation>- **Последняя причина:** %1

</translation>
    </message>
    <message>
        <source>### Timeline

</source>
        <translation>### Хронология

</translation>
    </message>
    <message>
        <source>### Alerts

</source>
        <translation>### Оповещения

</translation>
    </message>
    <message>
        <source>no channel</source>
        <translation>ни одного канала</translation>
    </message>
    <message>
        <source>- **Server:** %1
</source>
        <translation>- **Сервер:** %1
</translation>
    </message>
    <message>
        <source>- **Start:** %1
</source>
        <translation>- **Начало:** %1
</translation>
    </message>
    <message>
        <source>- **End:** %1 (%2)
</source>
        <translation>- **Конец:** %1 (%2)
</translation>
    </message>
    <message>
        <source>- **Incident:** %1
</source>
        <translation>- **Инцидент:** %1
</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что случилось</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Первопричина</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Что помогло</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Что ещё сделать</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>критично</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
    <message>
        <source>info</source>
        <translation>инфо</translation>
    </message>
    <message>
        <source>there is no incident %1 in the history</source>
        <translation>в истории нет инцидента %1</translation>
    </message>
    <message>
        <source># Incident report

</source>
        <translation># Отчёт об инциденте

</translation>
    </message>
    <message>
        <source># Incident journal

</source>
        <translation># Журнал инцидентов

</translation>
    </message>
    <message numerus="yes">
        <source>Period: %1 – %2. %n incident(s)</source>
        <translation>
            <numerusform>Период: %1 – %2. %n инцидент</numerusform>
            <numerusform>Период: %1 – %2. %n инцидента</numerusform>
            <numerusform>Период: %1 – %2. %n инцидентов</numerusform>
        </translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation>самого начала</translation>
    </message>
    <message>
        <source>now</source>
        <translation>сейчас</translation>
    </message>
    <message numerus="yes">
        <source>, %n journal entry(ies).

</source>
        <translation>
            <numerusform>, %n запись журнала.

</numerusform>
            <numerusform>, %n записи журнала.

</numerusform>
            <numerusform>, %n записей журнала.

</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <source>an array</source>
        <translation>массив</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <source>must be %1, got %2</source>
        <translation>должно быть %1, получено %2</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>строкой</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>числом</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>целым числом</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true или false</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>массивом строк</translation>
    </message>
    <message>
        <source>must be a string, got %1</source>
        <translation>должно быть строкой, получено %1</translation>
    </message>
    <message>
        <source>unknown key, ignored</source>
        <translation>неизвестный ключ, пропущен</translation>
    </message>
</context>
<context>
    <name>MaintenanceCommand</name>
    <message>
        <source>Maintenance windows: checks run and are recorded, incidents are marked &quot;in maintenance&quot;, and no alert is sent.
  start  opens a window now (a running dozor watch or desktop app sees it within seconds)
  stop   ends a window early: its ID, or every open one of --target, or --all
  list   open and upcoming windows, the workspace&apos;s own and those started here</source>
        <translation>Окна обслуживания: проверки выполняются и записываются, инциденты помечаются «на обслуживании», оповещения не отправляются.
  start  открывает окно сейчас (запущенный dozor watch или приложение видит его за несколько секунд)
  stop   досрочно закрывает окно: по ID, все открытые окна --target или --all
  list   открытые и предстоящие окна: из рабочего пространства и начатые здесь</translation>
    </message>
    <message>
        <source>Only this server (default: the whole workspace).</source>
        <translation>Только этот сервер (по умолчанию — всё рабочее пространство).</translation>
    </message>
    <message>
        <source>How long: 15m, 1h, 2d … (default 1h).</source>
        <translation>Как долго: 15m, 1h, 2d … (по умолчанию 1h).</translation>
    </message>
    <message>
        <source>Why, for the journal.</source>
        <translation>Зачем — для журнала.</translation>
    </message>
    <message>
        <source>stop: every open window.</source>
        <translation>stop: все открытые окна.</translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation>list: вывести JSON.</translation>
    </message>
    <message>
        <source>start, stop or list</source>
        <translation>start, stop или list</translation>
    </message>
    <message>
        <source>usage: dozor maintenance start|stop|list</source>
        <translation>использование: dozor maintenance start|stop|list</translation>
    </message>
    <message>
        <source>no target with id &quot;%1&quot; in %2</source>
        <translation>в %2 нет цели с id «%1»</translation>
    </message>
    <message>
        <source>Maintenance window %1 on %2 until %3: no alerts.</source>
        <translation>Окно обслуживания %1 на %2 до %3: оповещений не будет.</translation>
    </message>
    <message>
        <source>every server</source>
        <translation>всех серверах</translation>
    </message>
    <message>
        <source>say which window: its ID, --target ID or --all</source>
        <translation>укажите окно: его ID, --target ID или --all</translation>
    </message>
    <message>
        <source>no open maintenance window matched</source>
        <translation>ни одно открытое окно обслуживания не подошло</translation>
    </message>
    <message numerus="yes">
        <source>%n maintenance window(s) ended.</source>
        <translation>
            <numerusform>Закрыто %n окно обслуживания.</numerusform>
            <numerusform>Закрыто %n окна обслуживания.</numerusform>
            <numerusform>Закрыто %n окон обслуживания.</numerusform>
        </translation>
    </message>
    <message>
        <source>all servers</source>
        <translation>все серверы</translation>
    </message>
    <message>
        <source>ACTIVE until %1</source>
        <translation>ИДЁТ до %1</translation>
    </message>
    <message>
        <source>next %1</source>
        <translation>следующее %1</translation>
    </message>
    <message>
        <source>over</source>
        <translation>прошло</translation>
    </message>
    <message>
        <source>no maintenance windows</source>
        <translation>окон обслуживания нет</translation>
    </message>
</context>
<context>
    <name>MetricDisplay</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 дн.</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 МиБ</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 КиБ</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 Б</translation>
    </message>
    <message>
        <source>Load average</source>
        <translation>Средняя нагрузка</translation>
    </message>
    <message>
        <source>Memory and swap used</source>
        <translation>Занято памяти и подкачки</translation>
    </message>
    <message>
        <source>systemd units active</source>
        <translation>Активные юниты systemd</translation>
    </message>
</context>
<context>
    <name>PathAccess</name>
    <message>
        <source>%1 owns it</source>
        <translation>%1 — владелец</translation>
    </message>
    <message>
        <source>%1 is in group %2</source>
        <translation>%1 входит в группу %2</translation>
    </message>
    <message>
        <source>%1 is neither its owner nor in group %2</source>
        <translation>%1 не владелец и не входит в группу %2</translation>
    </message>
    <message>
        <source>nothing was reported about the path</source>
        <translation>о пути ничего не сообщено</translation>
    </message>
    <message>
        <source>%1 is not a directory</source>
        <translation>%1 — не каталог</translation>
    </message>
    <message>
        <source>%1 cannot enter %2 (%3; %4)</source>
        <translation>%1 не может войти в %2 (%3; %4)</translation>
    </message>
    <message>
        <source>%1 cannot read %2 (%3; %4)</source>
        <translation>%1 не может прочитать %2 (%3; %4)</translation>
    </message>
</context>
<context>
    <name>ProbeParser</name>
    <message>
        <source>number of CPUs not reported</source>
        <translation>число процессоров не сообщено</translation>
    </message>
    <message>
        <source>number of CPUs unreadable: &quot;%1&quot;</source>
        <translation>число процессоров не читается: «%1»</translation>
    </message>
    <message>
        <source>/proc/uptime unreadable</source>
        <translation>/proc/uptime не читается</translation>
    </message>
    <message>
        <source>/proc/loadavg unreadable</source>
        <translation>/proc/loadavg не читается</translation>
    </message>
    <message>
        <source>/proc/loadavg unreadable: &quot;%1&quot;</source>
        <translation>/proc/loadavg не читается: «%1»</translation>
    </message>
    <message>
        <source>/proc/stat cpu line unreadable</source>
        <translation>строка cpu в /proc/stat не читается</translation>
    </message>
    <message>
        <source>/proc/meminfo has no MemTotal</source>
        <translation>в /proc/meminfo нет MemTotal</translation>
    </message>
    <message>
        <source>more than %1 filesystems; the rest are ignored</source>
        <translation>больше %1 файловых систем; остальные пропущены</translation>
    </message>
    <message>
        <source>df reported no filesystems</source>
        <translation>df не сообщил ни одной файловой системы</translation>
    </message>
    <message>
        <source>probe output is larger than %1 MiB; refusing to read it</source>
        <translation>вывод пробы больше %1 МиБ; читать его не будем</translation>
    </message>
    <message>
        <source>not Dozor probe output (it starts with &quot;%1&quot;)</source>
        <translation>это не вывод пробы Dozor (он начинается с «%1»)</translation>
    </message>
    <message>
        <source>unsupported probe output version &quot;%1&quot;</source>
        <translation>неподдерживаемая версия вывода пробы «%1»</translation>
    </message>
    <message>
        <source>the probe printed nothing</source>
        <translation>проба ничего не вывела</translation>
    </message>
    <message>
        <source>not Dozor probe output</source>
        <translation>это не вывод пробы Dozor</translation>
    </message>
    <message>
        <source>probe output ended early (cut off or killed)</source>
        <translation>вывод пробы оборвался (обрезан или процесс убит)</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s and was stopped</source>
        <translation>%1 не завершилась за %2 с и была остановлена</translation>
    </message>
</context>
<context>
    <name>RemediateCommand</name>
    <message>
        <source>Run a check&apos;s remediation now, on its server, and record it in the check&apos;s open incident. Shows the exact command first and asks; --yes runs it without asking (for scripts). Exit code: 0 when it exited 0, 4 when it failed or could not run.</source>
        <translation>Выполнить восстановление проверки сейчас на её сервере и записать это в открытый инцидент проверки. Сначала показывает точную команду и спрашивает; --yes выполняет без вопроса (для скриптов). Код выхода: 0, если команда вернула 0; 4, если она не удалась или не запустилась.</translation>
    </message>
    <message>
        <source>Do not ask.</source>
        <translation>Не спрашивать.</translation>
    </message>
    <message>
        <source>the check&apos;s id</source>
        <translation>id проверки</translation>
    </message>
    <message>
        <source>usage: dozor remediate CHECK [--yes]</source>
        <translation>использование: dozor remediate ПРОВЕРКА [--yes]</translation>
    </message>
    <message>
        <source>no check with id &quot;%1&quot; in %2</source>
        <translation>в %2 нет проверки с id «%1»</translation>
    </message>
    <message>
        <source>%1: %2 (set &quot;remediation&quot; on the check in the workspace)</source>
        <translation>%1: %2 (задайте &quot;remediation&quot; у проверки в рабочем пространстве)</translation>
    </message>
    <message>
        <source>On %1 this runs:</source>
        <translation>На %1 будет выполнено:</translation>
    </message>
    <message>
        <source>not a terminal, so nobody can say yes: add --yes</source>
        <translation>это не терминал, подтвердить некому: добавьте --yes</translation>
    </message>
    <message>
        <source>Run it? [y/N] </source>
        <translation>Выполнить? [y/N] </translation>
    </message>
    <message>
        <source>Nothing was run.</source>
        <translation>Ничего не выполнено.</translation>
    </message>
    <message>
        <source>remediation run from the command line: %1</source>
        <translation>восстановление запущено из командной строки: %1</translation>
    </message>
</context>
<context>
    <name>Remediation</name>
    <message>
        <source>fix_path has nothing to set</source>
        <translation>fix_path нечего устанавливать</translation>
    </message>
    <message>
        <source>the command contains a NUL byte</source>
        <translation>в команде есть байт NUL</translation>
    </message>
    <message>
        <source>this check has no remediation</source>
        <translation>у этой проверки нет восстановления</translation>
    </message>
    <message>
        <source>restart %1</source>
        <translation>перезапустить %1</translation>
    </message>
    <message>
        <source>fix ownership and permissions of %1</source>
        <translation>исправить владельца и права %1</translation>
    </message>
    <message>
        <source>run &quot;%1&quot;</source>
        <translation>выполнить «%1»</translation>
    </message>
    <message>
        <source>%1: could not run: %2</source>
        <translation>%1: не удалось выполнить: %2</translation>
    </message>
    <message>
        <source>%1: done (exit 0) in %2 s</source>
        <translation>%1: готово (код 0) за %2 с</translation>
    </message>
    <message>
        <source>%1: failed with exit status %2 in %3 s</source>
        <translation>%1: ошибка, код выхода %2, за %3 с</translation>
    </message>
    <message>
        <source>%1; output: %2</source>
        <translation>%1; вывод: %2</translation>
    </message>
</context>
<context>
    <name>ResourceEvaluator</name>
    <message>
        <source>%1 TiB</source>
        <translation>%1 ТиБ</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 ГиБ</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 МиБ</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 КиБ</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 д %2 ч</translation>
    </message>
    <message>
        <source>a %1 check is not a resource check</source>
        <translation>проверка %1 — не проверка ресурсов</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>create</source>
        <translation>создать</translation>
    </message>
    <message>
        <source>overwrite</source>
        <translation>перезаписать</translation>
    </message>
    <message>
        <source>metadata only</source>
        <translation>только метаданные</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>удалить</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>папка</translation>
    </message>
    <message>
        <source>link → %1</source>
        <translation>ссылка → %1</translation>
    </message>
    <message>
        <source>Restore preview of %1 %2 into %3:%4</source>
        <translation>Предпросмотр восстановления %1 %2 в %3:%4</translation>
    </message>
    <message>
        <source>only: %1</source>
        <translation>только: %1</translation>
    </message>
    <message>
        <source>from the backup&apos;s folder %1</source>
        <translation>из папки копии %1</translation>
    </message>
    <message numerus="yes">
        <source>%n other entries of the backup are not restored</source>
        <translation>
            <numerusform>%n другая запись копии не восстанавливается</numerusform>
            <numerusform>%n другие записи копии не восстанавливаются</numerusform>
            <numerusform>%n других записей копии не восстанавливаются</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to write</source>
        <translation>к записи: %1</translation>
    </message>
    <message>
        <source>Changes (backup ← live):</source>
        <translation>Изменения (копия ← сейчас):</translation>
    </message>
    <message numerus="yes">
        <source>… %n more to %1 (--all lists every one)</source>
        <translation>
            <numerusform>… ещё %n: %1 (--all перечислит все)</numerusform>
            <numerusform>… ещё %n: %1 (--all перечислит все)</numerusform>
            <numerusform>… ещё %n: %1 (--all перечислит все)</numerusform>
        </translation>
    </message>
    <message>
        <source>backup: %1</source>
        <translation>копия: %1</translation>
    </message>
    <message>
        <source>live:   %1</source>
        <translation>сейчас: %1</translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>ТАБЛИЦА</translation>
    </message>
    <message>
        <source>BACKUP ROWS</source>
        <translation>СТРОК В КОПИИ</translation>
    </message>
    <message>
        <source>LIVE ROWS</source>
        <translation>СТРОК СЕЙЧАС</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) with data:</source>
        <translation>
            <numerusform>%n таблица с данными:</numerusform>
            <numerusform>%n таблицы с данными:</numerusform>
            <numerusform>%n таблиц с данными:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s):</source>
        <translation>
            <numerusform>%n объект:</numerusform>
            <numerusform>%n объекта:</numerusform>
            <numerusform>%n объектов:</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs %1 on the server; %2 free there.</source>
        <translation>Нужно %1 на сервере; свободно там %2.</translation>
    </message>
    <message>
        <source>Needs %1 on the server.</source>
        <translation>Нужно %1 на сервере.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>предупреждение: %1</translation>
    </message>
    <message>
        <source>BLOCKED: this backup cannot be restored as it is:</source>
        <translation>ЗАБЛОКИРОВАНО: эту копию нельзя восстановить в таком виде:</translation>
    </message>
    <message>
        <source>Nothing was changed on the server.</source>
        <translation>На сервере ничего не изменено.</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>План: %1</translation>
    </message>
    <message>
        <source>warning: %1 has no checks: nothing will confirm that the restored service works</source>
        <translation>предупреждение: у %1 нет проверок: ничто не подтвердит, что восстановленный сервис работает</translation>
    </message>
    <message>
        <source>The server&apos;s checks pass now: if they fail after the restore, it is rolled back.</source>
        <translation>Проверки сервера сейчас проходят: если после восстановления они не пройдут, оно будет откачено.</translation>
    </message>
    <message>
        <source>The server&apos;s checks fail now: if they still fail after the restore, %1</source>
        <translation>Проверки сервера сейчас не проходят: если они не пройдут и после восстановления, %1</translation>
    </message>
    <message>
        <source>it is rolled back (--rollback-on-failure).</source>
        <translation>оно будет откачено (--rollback-on-failure).</translation>
    </message>
    <message>
        <source>the restored state is kept (--rollback-on-failure rolls it back).</source>
        <translation>восстановленное состояние останется (--rollback-on-failure откатит его).</translation>
    </message>
    <message>
        <source>Restore of %1 %2: %3</source>
        <translation>Восстановление %1 %2: %3</translation>
    </message>
    <message>
        <source>Nothing was changed: add --yes to run this plan.</source>
        <translation>Ничего не изменено: чтобы выполнить этот план, добавьте --yes.</translation>
    </message>
    <message>
        <source>Restore of %1 %2 did not start: %3</source>
        <translation>Восстановление %1 %2 не запущено: %3</translation>
    </message>
    <message>
        <source>Restoring %1 %2 into %3 (job %4)…</source>
        <translation>Восстановление %1 %2 в %3 (задание %4)…</translation>
    </message>
    <message>
        <source>Restored %1 into %2 (%3), but the server&apos;s checks still fail; the restored state is kept. The copy from before is in %4.</source>
        <translation>%1 восстановлена в %2 (%3), но проверки сервера всё ещё не проходят; восстановленное состояние оставлено. Прежняя копия — в %4.</translation>
    </message>
    <message>
        <source>Restore of %1 %2 %3: %4. Everything it changed was put back.</source>
        <translation>Восстановление %1 %2 — %3: %4. Всё, что оно изменило, возвращено.</translation>
    </message>
    <message>
        <source>Restore of %1 %2 %3: %4. Look at the server: dozor restore rollback %1 puts back what it replaced.</source>
        <translation>Восстановление %1 %2 — %3: %4. Проверьте сервер: dozor restore rollback %1 вернёт то, что оно заменило.</translation>
    </message>
    <message>
        <source>Rollback of the restore of %1: %2</source>
        <translation>Откат восстановления %1: %2</translation>
    </message>
    <message>
        <source>A restore of %1 (%2, started %3) %4.</source>
        <translation>Восстановление %1 (%2, начато %3) %4.</translation>
    </message>
    <message>
        <source>The restore of %1 cannot be resumed: %2</source>
        <translation>Восстановление %1 нельзя продолжить: %2</translation>
    </message>
    <message>
        <source>Nothing was changed: add --yes to finish it.</source>
        <translation>Ничего не изменено: чтобы завершить его, добавьте --yes.</translation>
    </message>
    <message>
        <source>Nothing was changed: add --yes to roll it back.</source>
        <translation>Ничего не изменено: чтобы откатить его, добавьте --yes.</translation>
    </message>
    <message>
        <source>Finishing the restore of %1: %2: %3</source>
        <translation>Завершение восстановления %1: %2: %3</translation>
    </message>
    <message>
        <source>Rollback of %1: %2: %3</source>
        <translation>Откат %1: %2: %3</translation>
    </message>
    <message>
        <source>Restored %1 into %2. The copy from before is in %3; delete it when you are satisfied.</source>
        <translation>%1 восстановлена в %2. Прежняя копия — в %3; удалите её, когда убедитесь, что всё в порядке.</translation>
    </message>
    <message>
        <source>Rolled back: %1 is as it was before the restore.</source>
        <translation>Откат выполнен: %1 — как до восстановления.</translation>
    </message>
    <message>
        <source>Restore only this path (relative to restore_to, or absolute under it); repeat for more.</source>
        <translation>Восстановить только этот путь (относительно restore_to или абсолютный внутри него); можно повторять.</translation>
    </message>
    <message>
        <source>JSON output: the counts under create, overwrite, metadata, delete and unchanged, and the lists under the same names.</source>
        <translation>Вывод в JSON: числа под именами create, overwrite, metadata, delete и unchanged и списки под теми же именами.</translation>
    </message>
    <message>
        <source>List every change (default: the first 20 of each kind).</source>
        <translation>Перечислить все изменения (по умолчанию — первые 20 каждого вида).</translation>
    </message>
    <message>
        <source>Do it (run, resume, rollback).</source>
        <translation>Действительно выполнить (run, resume, rollback).</translation>
    </message>
    <message>
        <source>Roll the restore back when the server&apos;s checks fail after it, even if they failed before it too.</source>
        <translation>Откатить восстановление, если после него проверки сервера не проходят, даже если они не проходили и до него.</translation>
    </message>
    <message>
        <source>preview, run, resume or rollback</source>
        <translation>preview, run, resume или rollback</translation>
    </message>
    <message>
        <source>usage: dozor restore preview|run SOURCE [BACKUP] [--path P]… or dozor restore resume|rollback SOURCE|JOB (see dozor restore --help)</source>
        <translation>использование: dozor restore preview|run SOURCE [BACKUP] [--path P]… или dozor restore resume|rollback SOURCE|JOB (см. dozor restore --help)</translation>
    </message>
    <message>
        <source>job %1 is not a restore</source>
        <translation>задание %1 — не восстановление</translation>
    </message>
    <message>
        <source>%1 lists no backups to restore</source>
        <translation>у %1 нет копий для восстановления</translation>
    </message>
    <message>
        <source>Reading %1 and the live side on the server…</source>
        <translation>Чтение %1 и живых данных на сервере…</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>Restore preview of %1 %2: %3</source>
        <translation>Предпросмотр восстановления %1 %2: %3</translation>
    </message>
    <message>
        <source>there is no incident %1 (dozor journal list shows them)</source>
        <translation>инцидента %1 нет (их показывает dozor journal list)</translation>
    </message>
    <message>
        <source>Finishing the restore of %1: %2</source>
        <translation>Завершение восстановления %1: %2</translation>
    </message>
    <message>
        <source>was being rolled back</source>
        <translation>откатывалось</translation>
    </message>
    <message>
        <source>had begun to swap the restored copy in</source>
        <translation>начало подменять живые данные восстановленными</translation>
    </message>
    <message>
        <source>had not changed anything live yet</source>
        <translation>ещё не изменило живые данные</translation>
    </message>
    <message>
        <source>The incident the restore is for: its journal entry links to it.</source>
        <translation>Инцидент, ради которого делается восстановление: запись журнала о нём ссылается на инцидент.</translation>
    </message>
    <message>
        <source>The last restore of %1 (%2, started %3) finished; the copy from before it is kept in %4.</source>
        <translation>Последнее восстановление %1 (%2, начато %3) завершено; прежняя копия хранится в %4.</translation>
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
        <translation>Восстановление резервных копий рабочего пространства.
  preview SOURCE [BACKUP] [--path P]… [--json] [--all]
      что восстановление копии (по умолчанию самой новой) в restore_to источника
      создаст, перезапишет, изменит (только метаданные), удалит и оставит без изменений;
      таблицы и строки базы данных; объекты дампа. Читается на сервере; там ничего
      не меняется.
  run SOURCE [BACKUP] [--path P]… --yes [--rollback-on-failure] [--incident ID]
      восстановить: без --yes показывается план. Живые данные переносятся в сторону (и
      хранятся), копия распаковывается и проверяется рядом, подменяет их через rename,
      сервисы перезапускаются и выполняются проверки сервера; любой сбой всё возвращает.
  resume SOURCE|JOB [--yes]    завершить прерванное восстановление, данные которого готовы
  rollback SOURCE|JOB [--yes]  вернуть то, что заменило прерванное восстановление, или
      то, что заменило последнее завершённое, пока его прежняя копия хранится
      (запись о восстановлении хранится на сервере рядом с restore_to).
Коды выхода: 0 готово (preview: восстановлению ничто не мешает), 2 предпросмотр его
блокирует или проверки сервера не проходят и после него, 3 ошибка использования (или нет
--yes), 4 выполнить не удалось (неудавшееся восстановление откачено).</translation>
    </message>
    <message>
        <source>Rolled back: %1 is as it was before the restore. What the restore had put in place is kept in %2.</source>
        <translation>Откачено: %1 в том же виде, что и до восстановления. То, что восстановление поставило на место, хранится в %2.</translation>
    </message>
    <message>
        <source>folder (not listed in the archive: made by extracting it)</source>
        <translation>папка (в архиве не указана: создаётся при распаковке)</translation>
    </message>
    <message>
        <source>Restored %1 into %2 (%3). The copy from before is in %4: dozor restore rollback %5 puts it back; delete it when you are satisfied.</source>
        <translation>Восстановлено %1 в %2 (%3). Прежняя копия находится в %4: dozor restore rollback %5 вернёт её; удалите её, когда убедитесь, что всё в порядке.</translation>
    </message>
    <message>
        <source>no restore is under way there (%1 does not exist), and the last one cannot be rolled back (it was, or its copy from before is gone). Only the last restore can be: the copies from before earlier ones stay in their .dozor-safety- folders beside it</source>
        <translation>восстановление там не идёт (%1 нет), а последнее откатить нельзя (оно уже откачено или его прежней копии больше нет). Откатить можно только последнее восстановление: прежние копии более ранних остаются в своих папках .dozor-safety- рядом</translation>
    </message>
    <message>
        <source>Job %1 is not the restore the server&apos;s record is of (%2, started %3): dozor restore %4 %5 acts on that one.</source>
        <translation>Задание %1 — не то восстановление, о котором запись на сервере (%2, начато %3): dozor restore %4 %5 действует на него.</translation>
    </message>
</context>
<context>
    <name>RestorePlans</name>
    <message>
        <source>Dozor previews tar archives, timestamped folders, restic and borg snapshots, SQLite copies and SQL or pg_dump dumps; %1 is none of them</source>
        <translation>Dozor показывает предпросмотр для архивов tar, папок с меткой времени, снимков restic и borg, копий SQLite и дампов SQL или pg_dump; %1 — ничто из этого</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>код выхода %1</translation>
    </message>
    <message>
        <source>%1 is not in this backup</source>
        <translation>%1 нет в этой копии</translation>
    </message>
    <message>
        <source>the backup holds nothing for %1: restoring it would empty the folder</source>
        <translation>в копии нет ничего для %1: её восстановление опустошило бы папку</translation>
    </message>
    <message>
        <source>backup: %1</source>
        <translation>копия: %1</translation>
    </message>
    <message>
        <source>live: %1</source>
        <translation>сейчас: %1</translation>
    </message>
    <message>
        <source>this restic version does not list where links point: links are compared by name, and a link leaving the folder is not found before the restore</source>
        <translation>эта версия restic не сообщает, куда указывают ссылки: ссылки сравниваются по имени, а ссылка за пределы папки до восстановления не обнаруживается</translation>
    </message>
    <message>
        <source>%1 has no &quot;restore_to&quot;: set the live folder (or database file) a restore of it writes into</source>
        <translation>у %1 нет &quot;restore_to&quot;: укажите живую папку (или файл базы), в которую пишет восстановление</translation>
    </message>
    <message>
        <source>%1 restores into /: Dozor restores into a folder, never over the whole system</source>
        <translation>%1 восстанавливается в /: Dozor восстанавливает в папку, но никогда поверх всей системы</translation>
    </message>
    <message>
        <source>a database backup is restored whole: --path is for folders, archives and snapshots</source>
        <translation>копия базы данных восстанавливается целиком: --path — для папок, архивов и снимков</translation>
    </message>
    <message>
        <source>cannot read the backup %1: %2</source>
        <translation>не удалось прочитать копию %1: %2</translation>
    </message>
    <message>
        <source>cannot read the live database %1: %2</source>
        <translation>не удалось прочитать живую базу %1: %2</translation>
    </message>
    <message>
        <source>cannot list the live folder %1: %2</source>
        <translation>не удалось получить список живой папки %1: %2</translation>
    </message>
    <message>
        <source>the backup holds no tables: restoring it would empty the database</source>
        <translation>в копии нет таблиц: её восстановление опустошило бы базу</translation>
    </message>
    <message>
        <source>the dump holds no objects</source>
        <translation>в дампе нет объектов</translation>
    </message>
    <message>
        <source>the free space where %1 lives is not known: %2</source>
        <translation>свободное место там, где находится %1, неизвестно: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of the same size but another time were not compared by content and count as overwritten</source>
        <translation>
            <numerusform>%n файл того же размера, но с другим временем не сравнён по содержимому и считается перезаписываемым</numerusform>
            <numerusform>%n файла того же размера, но с другим временем не сравнены по содержимому и считаются перезаписываемыми</numerusform>
            <numerusform>%n файлов того же размера, но с другим временем не сравнены по содержимому и считаются перезаписываемыми</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop %1</source>
        <translation>Остановить %1</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>Запустить %1</translation>
    </message>
    <message>
        <source>Stop the service (%1)</source>
        <translation>Остановить сервис (%1)</translation>
    </message>
    <message>
        <source>Start the service (%1)</source>
        <translation>Запустить сервис (%1)</translation>
    </message>
    <message>
        <source>not a restore state file of this Dozor</source>
        <translation>это не файл состояния восстановления этого Dozor</translation>
    </message>
    <message>
        <source>the state file names %1, which is not where Dozor puts a restore&apos;s folders</source>
        <translation>в файле состояния указан %1, а Dozor не размещает там папки восстановления</translation>
    </message>
    <message>
        <source>the state file is incomplete</source>
        <translation>файл состояния неполон</translation>
    </message>
    <message>
        <source>the state file names %1: %2</source>
        <translation>в файле состояния указан %1: %2</translation>
    </message>
    <message>
        <source>the preview found what blocks this restore: %1</source>
        <translation>предпросмотр нашёл то, что блокирует это восстановление: %1</translation>
    </message>
    <message>
        <source>Dozor previews dumps but does not restore them yet: restore %1 with pg_restore or psql</source>
        <translation>Dozor показывает дампы, но пока не восстанавливает их: восстановите %1 через pg_restore или psql</translation>
    </message>
    <message>
        <source>a restore needs a stamp</source>
        <translation>восстановлению нужна метка времени</translation>
    </message>
    <message>
        <source>a path with a line break cannot be restored</source>
        <translation>путь с переводом строки восстановить нельзя</translation>
    </message>
    <message>
        <source>Restore %1 %2 into %3</source>
        <translation>Восстановить %1 %2 в %3</translation>
    </message>
    <message>
        <source>Check the free space and record the restore on the server</source>
        <translation>Проверить свободное место и записать восстановление на сервере</translation>
    </message>
    <message>
        <source>Remove the staging folder and the restore&apos;s record</source>
        <translation>Удалить промежуточную папку и запись о восстановлении</translation>
    </message>
    <message>
        <source>Copy the backup into the staging folder</source>
        <translation>Скопировать копию в промежуточную папку</translation>
    </message>
    <message>
        <source>Make the extraction folder</source>
        <translation>Создать папку для распаковки</translation>
    </message>
    <message>
        <source>Extract the backup into the staging folder</source>
        <translation>Распаковать копию в промежуточную папку</translation>
    </message>
    <message>
        <source>Put the restored copy in place in the staging folder</source>
        <translation>Разместить восстановленные данные в промежуточной папке</translation>
    </message>
    <message>
        <source>Check the staged database (integrity_check)</source>
        <translation>Проверить подготовленную базу (integrity_check)</translation>
    </message>
    <message>
        <source>Check the staged copy against the backup&apos;s listing</source>
        <translation>Сверить подготовленные данные со списком копии</translation>
    </message>
    <message>
        <source>Give the restored files to %1</source>
        <translation>Передать восстановленные файлы владельцу %1</translation>
    </message>
    <message>
        <source>Swap the restored copy in (rename; the live copy moves to %1)</source>
        <translation>Подменить живые данные восстановленными (rename; живые переносятся в %1)</translation>
    </message>
    <message>
        <source>Put the live copy back (rename)</source>
        <translation>Вернуть живые данные на место (rename)</translation>
    </message>
    <message>
        <source>Roll back the restore of %1 %2</source>
        <translation>Откатить восстановление %1 %2</translation>
    </message>
    <message>
        <source>the restore was cut before its copy was ready: roll it back, then restore again</source>
        <translation>восстановление прервалось раньше, чем были готовы данные: откатите его и восстановите заново</translation>
    </message>
    <message>
        <source>Finish the restore of %1 %2</source>
        <translation>Завершить восстановление %1 %2</translation>
    </message>
    <message>
        <source>Put the live copy back (rename) and remove the restore&apos;s record</source>
        <translation>Вернуть живые данные на место (rename) и удалить запись о восстановлении</translation>
    </message>
    <message>
        <source>the restore needs %1 for the restored copy, staged beside the live one; %2 is free there</source>
        <translation>восстановлению нужно %1 для восстановленных данных рядом с живыми; свободно там %2</translation>
    </message>
    <message>
        <source>the server&apos;s answer ended early (%1 of 4 parts); %2</source>
        <translation>ответ сервера оборвался (%1 из 4 частей); %2</translation>
    </message>
    <message>
        <source>%1 is a symbolic link (to %2): a restore swaps folders by rename and would replace the link; set &quot;restore_to&quot; to the folder it points to</source>
        <translation>%1 — символическая ссылка (на %2): восстановление подменяет папки через rename и заменило бы саму ссылку; укажите в &quot;restore_to&quot; папку, на которую она указывает</translation>
    </message>
    <message>
        <source>Record on the server that the swap begins</source>
        <translation>Записать на сервере, что начинается подмена</translation>
    </message>
    <message>
        <source>Run the server&apos;s checks until they pass (a try every %1 s for %2 s)</source>
        <translation>Выполнять проверки сервера, пока они не пройдут (попытка каждые %1 с в течение %2 с)</translation>
    </message>
    <message>
        <source>Set the modes of the restored files (%1) and folders (%2)</source>
        <translation>Задать режимы восстановленных файлов (%1) и папок (%2)</translation>
    </message>
    <message>
        <source>on this computer: </source>
        <translation>на этом компьютере: </translation>
    </message>
    <message>
        <source>undone by: %1</source>
        <translation>отменяется шагом: %1</translation>
    </message>
    <message>
        <source>Put the live copy back (rename); what the restore had put in place goes to %1</source>
        <translation>Вернуть живые данные на место (rename); то, что восстановление поставило на их место, переносится в %1</translation>
    </message>
    <message>
        <source>a rollback of it began: finish the rollback (dozor restore rollback)</source>
        <translation>его откат уже начат: завершите откат (dozor restore rollback)</translation>
    </message>
    <message>
        <source>Check that the copy from before is still in %1, and reopen the restore&apos;s record for the rollback</source>
        <translation>Проверить, что прежняя копия всё ещё в %1, и снова открыть запись о восстановлении для отката</translation>
    </message>
    <message>
        <source>it finished: there is nothing to finish (dozor restore rollback puts back what it replaced)</source>
        <translation>оно завершено: завершать нечего (dozor restore rollback возвращает то, что оно заменило)</translation>
    </message>
    <message>
        <source>Finish: remove the staging folder and keep the restore&apos;s record as the last restore&apos;s (the copy from before stays in %1)</source>
        <translation>Завершить: удалить промежуточную папку и сохранить запись как запись последнего восстановления (прежняя копия остаётся в %1)</translation>
    </message>
    <message>
        <source>the record of the last restore is incomplete</source>
        <translation>запись о последнем восстановлении неполна</translation>
    </message>
    <message>
        <source>it is the record of a restore of %1, not of %2</source>
        <translation>это запись о восстановлении %1, а не %2</translation>
    </message>
    <message>
        <source>the state file names %1, which is not %2 or the folder it is in</source>
        <translation>файл состояния указывает %1 — это не %2 и не папка, в которой он лежит</translation>
    </message>
    <message>
        <source>not a folder in the live folder (a link, say): restoring %1 would write through it</source>
        <translation>в живой папке это не папка (например, ссылка): восстановление %1 записало бы через неё</translation>
    </message>
    <message>
        <source>the state file names items that a restore into %1 does not move: %2</source>
        <translation>файл состояния указывает то, что восстановление в %1 не перемещает: %2</translation>
    </message>
</context>
<context>
    <name>RestorePreview</name>
    <message>
        <source>more than %1 entries: the rest are not compared</source>
        <translation>больше %1 записей: остальные не сравниваются</translation>
    </message>
    <message>
        <source>the listing ends in the middle of an entry: %1</source>
        <translation>список обрывается посреди записи: %1</translation>
    </message>
    <message>
        <source>an entry of the listing cannot be read: %1</source>
        <translation>запись списка не удалось прочитать: %1</translation>
    </message>
    <message>
        <source>a line of the archive&apos;s listing cannot be read: %1</source>
        <translation>строка списка архива не читается: %1</translation>
    </message>
    <message>
        <source>%1 is a hard link to %2, which the archive does not hold before it</source>
        <translation>%1 — жёсткая ссылка на %2, которого нет в архиве до неё</translation>
    </message>
    <message>
        <source>an absolute path: it would be written outside the folder restored into</source>
        <translation>абсолютный путь: запись оказалась бы вне восстанавливаемой папки</translation>
    </message>
    <message>
        <source>a path with &quot;..&quot;: it would be written outside the folder restored into</source>
        <translation>путь с «..»: запись оказалась бы вне восстанавливаемой папки</translation>
    </message>
    <message>
        <source>a device file</source>
        <translation>файл устройства</translation>
    </message>
    <message>
        <source>a link to %1, outside the folder restored into</source>
        <translation>ссылка на %1, вне восстанавливаемой папки</translation>
    </message>
    <message>
        <source>a setuid program (mode %1)</source>
        <translation>программа с setuid (режим %1)</translation>
    </message>
    <message>
        <source>a setgid file (mode %1)</source>
        <translation>файл с setgid (режим %1)</translation>
    </message>
    <message>
        <source>a line of %1 cannot be read: %2</source>
        <translation>не удалось прочитать строку %1: %2</translation>
    </message>
    <message>
        <source>%1 is not inside %2, the folder this backup restores into</source>
        <translation>%1 не внутри %2 — папки, в которую восстанавливается эта копия</translation>
    </message>
    <message>
        <source>%1 leaves the folder restored into (&quot;..&quot;)</source>
        <translation>%1 выходит за пределы папки восстановления (&quot;..&quot;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no path inside %2</source>
        <translation>&quot;%1&quot; не указывает путь внутри %2</translation>
    </message>
    <message>
        <source>written through the link %1</source>
        <translation>записывается через ссылку %1</translation>
    </message>
    <message>
        <source>%1 is in the archive as a file and as the folder of %2: extracting the archive fails there</source>
        <translation>%1 есть в архиве и как файл, и как папка для %2: распаковка архива на этом месте не удастся</translation>
    </message>
</context>
<context>
    <name>ResultFormat</name>
    <message>
        <source>TARGET</source>
        <translation>ЦЕЛЬ</translation>
    </message>
    <message>
        <source>CHECK</source>
        <translation>ПРОВЕРКА</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>СТАТУС</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ВРЕМЯ</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>ПРИЧИНА</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новая</translation>
    </message>
    <message>
        <source>%1  %2 / %3  %4 → %5  %6</source>
        <translation>%1  %2 / %3  %4 → %5  %6</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>keep everything</source>
        <translation>хранить всё</translation>
    </message>
    <message numerus="yes">
        <source>the last %n</source>
        <translation>
            <numerusform>последнюю %n</numerusform>
            <numerusform>последние %n</numerusform>
            <numerusform>последние %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hourly</source>
        <translation>
            <numerusform>%n ежечасную</numerusform>
            <numerusform>%n ежечасные</numerusform>
            <numerusform>%n ежечасных</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n daily</source>
        <translation>
            <numerusform>%n ежедневную</numerusform>
            <numerusform>%n ежедневные</numerusform>
            <numerusform>%n ежедневных</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weekly</source>
        <translation>
            <numerusform>%n еженедельную</numerusform>
            <numerusform>%n еженедельные</numerusform>
            <numerusform>%n еженедельных</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n monthly</source>
        <translation>
            <numerusform>%n ежемесячную</numerusform>
            <numerusform>%n ежемесячные</numerusform>
            <numerusform>%n ежемесячных</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n yearly</source>
        <translation>
            <numerusform>%n ежегодную</numerusform>
            <numerusform>%n ежегодные</numerusform>
            <numerusform>%n ежегодных</numerusform>
        </translation>
    </message>
    <message>
        <source>keep %1</source>
        <translation>хранить %1</translation>
    </message>
</context>
<context>
    <name>RunOutcome</name>
    <message>
        <source>did not finish within %1 s and was stopped</source>
        <translation>не завершилось за %1 с и было остановлено</translation>
    </message>
    <message>
        <source>printed more than %1 KiB; the output was cut off and the run stopped</source>
        <translation>вывело больше %1 КиБ; вывод обрезан, выполнение остановлено</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>the connection failed during the run: %1</source>
        <translation>соединение оборвалось во время выполнения: %1</translation>
    </message>
</context>
<context>
    <name>SecretCommand</name>
    <message>
        <source>set or clear</source>
        <translation>set или clear</translation>
    </message>
    <message>
        <source>the server&apos;s id</source>
        <translation>id сервера</translation>
    </message>
    <message>
        <source>no target with id &quot;%1&quot; in %2</source>
        <translation>в %2 нет цели с id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 needs no secret: it logs in with ssh-agent or a key without a passphrase (for a key with one, set &quot;key_passphrase&quot;: true in its &quot;ssh&quot; settings)</source>
        <translation>%1 не нужен секрет: вход через ssh-agent или ключ без парольной фразы (для ключа с фразой укажите &quot;key_passphrase&quot;: true в его настройках &quot;ssh&quot;)</translation>
    </message>
    <message>
        <source>password</source>
        <translation>пароль</translation>
    </message>
    <message>
        <source>key passphrase</source>
        <translation>парольная фраза ключа</translation>
    </message>
    <message>
        <source>%1 of %2: </source>
        <translation>%1 для %2: </translation>
    </message>
    <message>
        <source>nothing was entered; nothing was stored</source>
        <translation>ничего не введено; ничего не сохранено</translation>
    </message>
    <message>
        <source>cannot store the %1 of %2: %3</source>
        <translation>не удаётся сохранить (%1, %2): %3</translation>
    </message>
    <message>
        <source>cannot remove the %1 of %2: %3</source>
        <translation>не удаётся удалить (%1, %2): %3</translation>
    </message>
    <message>
        <source>The %1 of %2 is in the system keychain.</source>
        <translation>Сохранено в системной связке ключей: %1 для %2.</translation>
    </message>
    <message>
        <source>The %1 of %2 is no longer in the system keychain.</source>
        <translation>Удалено из системной связки ключей: %1 для %2.</translation>
    </message>
    <message>
        <source>The alert channel ID instead of a server.</source>
        <translation>ID канала оповещений вместо сервера.</translation>
    </message>
    <message>
        <source>no alert channel with id &quot;%1&quot; in %2</source>
        <translation>в %2 нет канала оповещений с id «%1»</translation>
    </message>
    <message>
        <source>alert channel %1 needs no secret (only Telegram bots and webhooks with a &quot;secret_header&quot; do)</source>
        <translation>каналу оповещений %1 секрет не нужен (он нужен только ботам Telegram и вебхукам с &quot;secret_header&quot;)</translation>
    </message>
    <message>
        <source>bot token</source>
        <translation>токен бота</translation>
    </message>
    <message>
        <source>%1 header value</source>
        <translation>значение заголовка %1</translation>
    </message>
    <message>
        <source>alert channel %1</source>
        <translation>канала оповещений %1</translation>
    </message>
    <message>
        <source>Store or remove a secret in the system keychain: the SSH password or key passphrase of a server, or with --channel the bot token or header value of an alert channel.
  set TARGET    reads the secret from standard input (asked for, without echo, on a terminal)
  clear TARGET  removes it
  set --channel ID, clear --channel ID  the same for an alert channel
  set --backup ID, clear --backup ID    the password of a restic or borg repository
Secrets never go into the workspace file, the history or a log.</source>
        <translation>Сохранить или удалить секрет в системном хранилище паролей: SSH-пароль или парольную фразу ключа сервера либо, с --channel, токен бота или значение заголовка канала оповещений.
  set TARGET    читает секрет со стандартного ввода (в терминале запрашивает его без отображения)
  clear TARGET  удаляет его
  set --channel ID, clear --channel ID  то же для канала оповещений
  set --backup ID, clear --backup ID    пароль репозитория restic или borg
Секреты никогда не попадают в файл рабочего пространства, историю или логи.</translation>
    </message>
    <message>
        <source>The backup source ID (a restic or borg repository) instead of a server.</source>
        <translation>ID источника копий (репозитория restic или borg) вместо сервера.</translation>
    </message>
    <message>
        <source>usage: dozor secret set|clear TARGET, dozor secret set|clear --channel ID, or dozor secret set|clear --backup ID</source>
        <translation>использование: dozor secret set|clear TARGET, dozor secret set|clear --channel ID или dozor secret set|clear --backup ID</translation>
    </message>
    <message>
        <source>no backup source with id &quot;%1&quot; in %2</source>
        <translation>в %2 нет источника копий с id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>repository password</source>
        <translation>пароль репозитория</translation>
    </message>
    <message>
        <source>backup source %1</source>
        <translation>источник копий %1</translation>
    </message>
    <message>
        <source>backup source %1 needs no password (only restic and borg repositories and PostgreSQL databases have one)</source>
        <translation>источнику %1 пароль не нужен (он бывает только у репозиториев restic и borg и у баз PostgreSQL)</translation>
    </message>
</context>
<context>
    <name>ShellQuote</name>
    <message>
        <source>a value for a shell command contains a NUL byte, which no command line can carry: &quot;%1&quot;</source>
        <translation>значение для команды оболочки содержит байт NUL, который не может передать ни одна командная строка: «%1»</translation>
    </message>
</context>
<context>
    <name>SmokeRun</name>
    <message>
        <source>&quot;%1&quot; is not an address</source>
        <translation>«%1» — не адрес</translation>
    </message>
    <message>
        <source>%1: no answer (%2)</source>
        <translation>%1: нет ответа (%2)</translation>
    </message>
    <message>
        <source>%1 → %2 (%3 ms)</source>
        <translation>%1 → %2 (%3 мс)</translation>
    </message>
    <message>
        <source>%1 answered %2, expected %3</source>
        <translation>%1 ответил %2, ожидалось %3</translation>
    </message>
    <message>
        <source>%1: the answer does not contain &quot;%2&quot;</source>
        <translation>%1: в ответе нет «%2»</translation>
    </message>
    <message>
        <source>%1: the answer has no field &quot;%2&quot; (for {%3})</source>
        <translation>%1: в ответе нет поля «%2» (для {%3})</translation>
    </message>
</context>
<context>
    <name>SshConfigImport</name>
    <message>
        <source>line %1: Match blocks are not evaluated; their settings were not imported</source>
        <translation>строка %1: блоки Match не вычисляются; их настройки не импортированы</translation>
    </message>
    <message>
        <source>line %1: Include %2 was not followed; import that file on its own</source>
        <translation>строка %1: Include %2 не обработан; импортируйте этот файл отдельно</translation>
    </message>
    <message>
        <source>line %1: Port &quot;%2&quot; is not a port number</source>
        <translation>строка %1: Port &quot;%2&quot; — не номер порта</translation>
    </message>
    <message>
        <source>more than %1 jump hosts in a chain</source>
        <translation>больше %1 промежуточных хостов в цепочке</translation>
    </message>
    <message>
        <source>line %1: %2 is reached through a ProxyCommand, which Dozor does not run; not imported (name its jump host with ProxyJump instead)</source>
        <translation>строка %1: %2 доступен через ProxyCommand, а Dozor не выполняет команды для подключения; не импортирован (укажите его промежуточный хост через ProxyJump)</translation>
    </message>
    <message>
        <source>line %1: %2: ProxyJump %3: %4; not imported</source>
        <translation>строка %1: %2: ProxyJump %3: %4; не импортирован</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not [user@]host[:port]</source>
        <translation>«%1» не в виде [пользователь@]хост[:порт]</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is not a port number</source>
        <translation>«%1»: «%2» — не номер порта</translation>
    </message>
    <message>
        <source>the jump host %1 is reached through a ProxyCommand, which Dozor does not run</source>
        <translation>промежуточный хост %1 доступен через ProxyCommand, а Dozor не выполняет команды для подключения</translation>
    </message>
</context>
<context>
    <name>SshEndpoint</name>
    <message>
        <source>key %1</source>
        <translation>ключ %1</translation>
    </message>
    <message>
        <source>password</source>
        <translation>пароль</translation>
    </message>
    <message>
        <source>ssh-agent</source>
        <translation>ssh-agent</translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation>%1 через %2</translation>
    </message>
</context>
<context>
    <name>StatusStyle</name>
    <message>
        <source>No data</source>
        <translation>Нет данных</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Критично</translation>
    </message>
</context>
<context>
    <name>TelegramChats</name>
    <message>
        <source>Telegram did not accept the token (check it with @BotFather)</source>
        <translation>Telegram не принял токен (проверьте его у @BotFather)</translation>
    </message>
    <message>
        <source>the answer is not the Bot API&apos;s (HTTP %1)</source>
        <translation>это не ответ Bot API (HTTP %1)</translation>
    </message>
    <message>
        <source>the bot delivers its messages to a webhook, so Telegram does not list them here: %1</source>
        <translation>бот получает сообщения через вебхук, поэтому Telegram не показывает их здесь: %1</translation>
    </message>
    <message>
        <source>Telegram said: %1</source>
        <translation>Ответ Telegram: %1</translation>
    </message>
    <message>
        <source>cannot reach Telegram: %1</source>
        <translation>не удаётся связаться с Telegram: %1</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>нет ответа за %1 с</translation>
    </message>
    <message>
        <source>network error %1</source>
        <translation>сетевая ошибка %1</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>Check a workspace file and list every problem in it.</source>
        <translation>Проверить файл рабочего пространства и перечислить все ошибки в нём.</translation>
    </message>
    <message>
        <source>%1: valid (%2, %3)</source>
        <translation>%1: без ошибок (%2, %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n цель</numerusform>
            <numerusform>%n цели</numerusform>
            <numerusform>%n целей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s)</source>
        <translation>
            <numerusform>%n проверка</numerusform>
            <numerusform>%n проверки</numerusform>
            <numerusform>%n проверок</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WatchCommand</name>
    <message>
        <source>Print each change as one JSON object per line.</source>
        <translation>Печатать каждую смену статуса объектом JSON в одну строку.</translation>
    </message>
    <message>
        <source>Stop after SECONDS.</source>
        <translation>Остановиться через СЕКУНДЫ.</translation>
    </message>
    <message>
        <source>--for needs a positive number of seconds, got &quot;%1&quot;</source>
        <translation>--for ждёт положительное число секунд, получено «%1»</translation>
    </message>
    <message>
        <source>cannot use the history file: %1</source>
        <translation>не удаётся использовать файл истории: %1</translation>
    </message>
    <message>
        <source>history writes work again</source>
        <translation>запись истории снова работает</translation>
    </message>
    <message>
        <source>History: %1 — press Ctrl+C to stop.</source>
        <translation>История: %1 — для остановки нажмите Ctrl+C.</translation>
    </message>
    <message numerus="yes">
        <source>Watching %n check(s) from %1</source>
        <translation>
            <numerusform>Слежу за %n проверкой из %1</numerusform>
            <numerusform>Слежу за %n проверками из %1</numerusform>
            <numerusform>Слежу за %n проверками из %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: connected over SSH</source>
        <translation>%1: подключено по SSH</translation>
    </message>
    <message>
        <source>alert (no channel routes it): %1</source>
        <translation>оповещение (ни один канал его не получает): %1</translation>
    </message>
    <message>
        <source>alert → %1: %2</source>
        <translation>оповещение → %1: %2</translation>
    </message>
    <message>
        <source>alerts to %1 failing since %2: %3</source>
        <translation>оповещения в %1 не доходят с %2: %3</translation>
    </message>
    <message>
        <source>alerts to %1 are delivered again</source>
        <translation>оповещения в %1 снова доходят</translation>
    </message>
    <message numerus="yes">
        <source>%1 was changed: now watching %n check(s)</source>
        <translation>
            <numerusform>%1 изменён: теперь отслеживается %n проверка</numerusform>
            <numerusform>%1 изменён: теперь отслеживаются %n проверки</numerusform>
            <numerusform>%1 изменён: теперь отслеживается %n проверок</numerusform>
        </translation>
    </message>
    <message>
        <source>maintenance window %1 (%2, until %3): checks are recorded, nothing is alerted</source>
        <translation>окно обслуживания %1 (%2, до %3): проверки записываются, оповещения не отправляются</translation>
    </message>
    <message>
        <source>all servers</source>
        <translation>все серверы</translation>
    </message>
    <message>
        <source>Run the checks on their intervals, record history and print one line per status change.
Stops on Ctrl+C, SIGTERM or after --for; after --for it exits as dozor check would for the last result of every check.</source>
        <translation>Выполнять проверки по их интервалам, записывать историю и выводить строку на каждую смену статуса.
Останавливается по Ctrl+C, SIGTERM или после --for; после --for завершается с кодом, как dozor check, по последнему результату каждой проверки.</translation>
    </message>
    <message>
        <source>no result within --for from: %1</source>
        <translation>нет результата за время --for от: %1</translation>
    </message>
    <message>
        <source>the workspace %1 is already being watched (lock %2)</source>
        <translation>за рабочим пространством %1 уже следят (блокировка %2)</translation>
    </message>
    <message>
        <source>the workspace %1 is already being watched by %2; stop that one first</source>
        <translation>за рабочим пространством %1 уже следит %2; сначала остановите его</translation>
    </message>
</context>
<context>
    <name>WorkspaceDocument</name>
    <message>
        <source>The change was not saved:
%1</source>
        <translation>Изменение не сохранено:
%1</translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation>Изменение не сохранено: %1</translation>
    </message>
    <message>
        <source>The workspace file was changed outside Dozor a moment ago, so this change was not saved. The file&apos;s version is loaded now; make the change again.</source>
        <translation>Файл рабочего пространства только что изменили вне Dozor, поэтому это изменение не сохранено. Загружена версия из файла; внесите изменение ещё раз.</translation>
    </message>
</context>
<context>
    <name>WorkspaceFile</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB; this is not a workspace file</source>
        <translation>%1 больше 16 МиБ; это не файл рабочего пространства</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>не удаётся создать папку %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>не удаётся сохранить %1: %2</translation>
    </message>
    <message>
        <source>cannot move %1 to %2 (is the folder writable?)</source>
        <translation>не удаётся переместить %1 в %2 (папка доступна для записи?)</translation>
    </message>
</context>
<context>
    <name>WorkspaceJson</name>
    <message>
        <source>line %1, column %2</source>
        <translation>строка %1, столбец %2</translation>
    </message>
    <message>
        <source>must be an object, got %1</source>
        <translation>должно быть объектом, получено %1</translation>
    </message>
    <message>
        <source>not valid JSON at %1: %2</source>
        <translation>ошибка JSON (%1): %2</translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation>верхний уровень должен быть объектом JSON</translation>
    </message>
    <message>
        <source>this workspace was written by a newer Dozor (schema %1); this version reads schema %2 — upgrade Dozor</source>
        <translation>это рабочее пространство записано более новой версией Dozor (схема %1); эта версия читает схему %2 — обновите Dozor</translation>
    </message>
    <message>
        <source>must be %1, got %2</source>
        <translation>должно быть %1, получено %2</translation>
    </message>
    <message>
        <source>secrets never go into the workspace file; Dozor keeps passwords and passphrases in the system keychain</source>
        <translation>секретам не место в файле рабочего пространства; пароли и парольные фразы Dozor хранит в системной связке ключей</translation>
    </message>
    <message>
        <source>must be &quot;agent&quot;, &quot;key&quot; or &quot;password&quot;, got &quot;%1&quot;</source>
        <translation>должно быть &quot;agent&quot;, &quot;key&quot; или &quot;password&quot;, получено &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be one of %1; got &quot;%2&quot;</source>
        <translation>должно быть одним из %1; получено &quot;%2&quot;</translation>
    </message>
    <message>
        <source>is only used by %1 checks, ignored</source>
        <translation>используется только проверками %1, пропущено</translation>
    </message>
    <message>
        <source>must be an object such as {&quot;host&quot;: &quot;bastion.example&quot;, &quot;user&quot;: &quot;me&quot;}, got %1</source>
        <translation>должно быть объектом вида {&quot;host&quot;: &quot;bastion.example&quot;, &quot;user&quot;: &quot;me&quot;}, а не %1</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>обязательно</translation>
    </message>
</context>
<context>
    <name>WorkspaceLock</name>
    <message>
        <source>on this computer</source>
        <translation>на этом компьютере</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>на %1</translation>
    </message>
    <message>
        <source>%1 (process %2 %3, since %4)</source>
        <translation>%1 (процесс %2 %3, с %4)</translation>
    </message>
</context>
<context>
    <name>WorkspaceValidator</name>
    <message>
        <source>must not be negative</source>
        <translation>не может быть отрицательным</translation>
    </message>
    <message>
        <source>must be 1–64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit; got &quot;%1&quot;</source>
        <translation>должно состоять из 1–64 букв, цифр, «.», «_» или «-» и начинаться с буквы или цифры; получено «%1»</translation>
    </message>
    <message>
        <source>is either local or reached over ssh, not both</source>
        <translation>цель либо локальная, либо доступна по ssh, но не то и другое сразу</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>не может быть пустым</translation>
    </message>
    <message>
        <source>is not a host name or address: &quot;%1&quot;</source>
        <translation>не является именем хоста или адресом: «%1»</translation>
    </message>
    <message>
        <source>must be 1–65535, got %1</source>
        <translation>должно быть от 1 до 65535, получено %1</translation>
    </message>
    <message>
        <source>is not a user name: &quot;%1&quot;</source>
        <translation>не является именем пользователя: «%1»</translation>
    </message>
    <message>
        <source>no target with id &quot;%1&quot;</source>
        <translation>нет цели с id «%1»</translation>
    </message>
    <message>
        <source>must be ≥ 1 s, got %1</source>
        <translation>должно быть ≥ 1 с, получено %1</translation>
    </message>
    <message>
        <source>must be ≤ %1 s (one day), got %2</source>
        <translation>должно быть ≤ %1 с (одни сутки), получено %2</translation>
    </message>
    <message>
        <source>must be 1–%1 s, got %2</source>
        <translation>должно быть от 1 до %1 с, получено %2</translation>
    </message>
    <message>
        <source>must be 1–3650 days, got %1</source>
        <translation>должно быть от 1 до 3650 дней, получено %1</translation>
    </message>
    <message>
        <source>duplicate target id &quot;%1&quot;</source>
        <translation>повторяющийся id цели «%1»</translation>
    </message>
    <message>
        <source>duplicate check id &quot;%1&quot;</source>
        <translation>повторяющийся id проверки «%1»</translation>
    </message>
    <message>
        <source>no checks: nothing will be monitored</source>
        <translation>нет проверок: наблюдать не за чем</translation>
    </message>
    <message>
        <source>must name the private key file when &quot;auth&quot; is &quot;key&quot;</source>
        <translation>должно указывать файл закрытого ключа, когда &quot;auth&quot; равно &quot;key&quot;</translation>
    </message>
    <message>
        <source>is only used when &quot;auth&quot; is &quot;key&quot;</source>
        <translation>используется, только когда &quot;auth&quot; равно &quot;key&quot;</translation>
    </message>
    <message>
        <source>%1 checks need a target reached over SSH or with &quot;local&quot;: true</source>
        <translation>проверкам %1 нужна цель, доступная по SSH или с &quot;local&quot;: true</translation>
    </message>
    <message>
        <source>is not used by %1 checks, ignored</source>
        <translation>не используется проверками %1, пропущено</translation>
    </message>
    <message>
        <source>at most %1 jump hosts, got %2</source>
        <translation>не больше %1 промежуточных хостов, а не %2</translation>
    </message>
    <message>
        <source>check &quot;%1&quot;</source>
        <translation>проверка «%1»</translation>
    </message>
    <message>
        <source>server &quot;%1&quot;</source>
        <translation>сервер «%1»</translation>
    </message>
    <message>
        <source>no backup source with id &quot;%1&quot;</source>
        <translation>нет источника копий с id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be the backup source&apos;s server &quot;%1&quot; (or left out)</source>
        <translation>должно совпадать с сервером источника копий, &quot;%1&quot; (или отсутствовать)</translation>
    </message>
</context>
<context>
    <name>dozor::AlertChannelsDialog</name>
    <message>
        <source>Alert channels</source>
        <translation>Каналы оповещений</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Куда</translation>
    </message>
    <message>
        <source>desktop notification</source>
        <translation>уведомление на рабочем столе</translation>
    </message>
    <message>
        <source>chat %1 via %2</source>
        <translation>чат %1 через %2</translation>
    </message>
    <message>
        <source>desktop notification (no channels in the workspace: alerts go here)</source>
        <translation>уведомление на рабочем столе (в рабочем пространстве нет каналов: оповещения идут сюда)</translation>
    </message>
    <message>
        <source>Send &amp;test alert</source>
        <translation>Отправить &amp;тестовое оповещение</translation>
    </message>
    <message>
        <source>Set &amp;token…</source>
        <translation>Задать &amp;токен…</translation>
    </message>
    <message>
        <source>Set header &amp;value…</source>
        <translation>Задать &amp;значение заголовка…</translation>
    </message>
    <message>
        <source>Sending a test alert to %1…</source>
        <translation>Отправляю тестовое оповещение в %1…</translation>
    </message>
    <message>
        <source>✓ The test alert reached %1.</source>
        <translation>✓ Тестовое оповещение дошло до %1.</translation>
    </message>
    <message>
        <source>✗ The test alert to %1 failed: %2</source>
        <translation>✗ Тестовое оповещение в %1 не доставлено: %2</translation>
    </message>
    <message>
        <source>Bot token for %1 (from @BotFather):</source>
        <translation>Токен бота для %1 (от @BotFather):</translation>
    </message>
    <message>
        <source>Value of the %1 header for %2:</source>
        <translation>Значение заголовка %1 для %2:</translation>
    </message>
    <message>
        <source>The secret of %1 is in the system keychain.</source>
        <translation>Секрет %1 сохранён в системной связке ключей.</translation>
    </message>
    <message>
        <source>The secret was not stored: %1</source>
        <translation>Секрет не сохранён: %1</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Remove channel</source>
        <translation>Удаление канала</translation>
    </message>
    <message>
        <source>Remove the alert channel &quot;%1&quot;? Routes stop sending to it; a route that sends only there is removed as well. Its keychain secret is removed too.</source>
        <translation>Удалить канал оповещений «%1»? Маршруты перестанут отправлять в него; маршрут, который отправляет только туда, тоже будет удалён. Его секрет в связке ключей тоже удаляется.</translation>
    </message>
    <message>
        <source>Route: which alerts go where</source>
        <translation>Маршрут: какие оповещения куда</translation>
    </message>
    <message>
        <source>Add &amp;route…</source>
        <translation>Добавить &amp;маршрут…</translation>
    </message>
    <message>
        <source>Edit r&amp;oute…</source>
        <translation>Изменить м&amp;аршрут…</translation>
    </message>
    <message>
        <source>Remove ro&amp;ute…</source>
        <translation>Удалить ма&amp;ршрут…</translation>
    </message>
    <message>
        <source>Tokens and header values live in the system keychain, never in the workspace file.</source>
        <translation>Токены и значения заголовков хранятся в системной связке ключей, никогда — в файле рабочего пространства.</translation>
    </message>
    <message>
        <source>No routes: every alert goes to every channel.</source>
        <translation>Маршрутов нет: каждое оповещение идёт во все каналы.</translation>
    </message>
    <message>
        <source>Remove route</source>
        <translation>Удаление маршрута</translation>
    </message>
    <message>
        <source>Remove the route &quot;%1&quot;?</source>
        <translation>Удалить маршрут «%1»?</translation>
    </message>
    <message>
        <source>No route will be left, so every alert, of every level, will then go to every remaining channel.</source>
        <translation>Маршрутов не останется, поэтому все оповещения любого уровня будут уходить во все оставшиеся каналы.</translation>
    </message>
</context>
<context>
    <name>dozor::AlertDispatcher</name>
    <message>
        <source>%1: Dozor stopped while this alert was being sent; it is not sent again, so it cannot arrive twice</source>
        <translation>%1: Dozor остановился, пока отправлял это оповещение; повторно оно не отправляется, чтобы не прийти дважды</translation>
    </message>
    <message>
        <source>Dozor stopped while sending</source>
        <translation>Dozor остановился во время отправки</translation>
    </message>
    <message>
        <source>there is no channel &quot;%1&quot; in the workspace any more</source>
        <translation>канала «%1» в рабочем пространстве больше нет</translation>
    </message>
    <message>
        <source>no desktop session to show it in (dozor watch)</source>
        <translation>нет рабочего стола, чтобы показать его (dozor watch)</translation>
    </message>
    <message>
        <source>no bot token for channel %1 in the keychain; store it with: dozor secret set --channel %1</source>
        <translation>в связке ключей нет токена бота для канала %1; сохраните его так: dozor secret set --channel %1</translation>
    </message>
    <message>
        <source>no value for the %1 header of channel %2 in the keychain; store it with: dozor secret set --channel %2</source>
        <translation>в связке ключей нет значения заголовка %1 для канала %2; сохраните его так: dozor secret set --channel %2</translation>
    </message>
    <message>
        <source>delivered to %1</source>
        <translation>доставлено в %1</translation>
    </message>
    <message>
        <source>%1: %2; trying again in %3</source>
        <translation>%1: %2; повтор через %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: not delivered after %n attempt(s): %2</source>
        <translation>
            <numerusform>%1: не доставлено после %n попытки: %2</numerusform>
            <numerusform>%1: не доставлено после %n попыток: %2</numerusform>
            <numerusform>%1: не доставлено после %n попыток: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts to %1 failing since %2</source>
        <translation>Оповещения в %1 не доходят с %2</translation>
    </message>
    <message>
        <source>Dozor could not deliver an alert to %1: %2</source>
        <translation>Dozor не смог доставить оповещение в %1: %2</translation>
    </message>
    <message>
        <source>Delivered again at %1.</source>
        <translation>Снова доставлено в %1.</translation>
    </message>
    <message>
        <source>there is no alert channel &quot;%1&quot; in the workspace</source>
        <translation>в рабочем пространстве нет канала оповещений «%1»</translation>
    </message>
    <message>
        <source>Dozor test alert</source>
        <translation>Тестовое оповещение Dozor</translation>
    </message>
    <message>
        <source>If you can read this, alerts to %1 arrive.</source>
        <translation>Если вы это читаете, оповещения в %1 доходят.</translation>
    </message>
    <message>
        <source>tray notifications are shown by the desktop app only</source>
        <translation>уведомления в трее показывает только настольное приложение</translation>
    </message>
</context>
<context>
    <name>dozor::BackupsPage</name>
    <message>
        <source>&amp;List again</source>
        <translation>&amp;Обновить список</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Создать копию</translation>
    </message>
    <message>
        <source>&amp;Prune…</source>
        <translation>О&amp;чистить…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Backups&lt;/b&gt;</source>
        <translation>&lt;b&gt;Резервные копии&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Every backup the servers hold, listed on the server itself. Dozor deletes nothing unless you prune.</source>
        <translation>Все резервные копии на серверах; список получается на самом сервере. Dozor ничего не удаляет, пока не запущена очистка.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Новейшая</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Копий</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Хранение</translation>
    </message>
    <message>
        <source>List every source on its server again (F5)</source>
        <translation>Заново получить списки копий всех источников с их серверов (F5)</translation>
    </message>
    <message>
        <source>Test the selected backup: archive, checksum or database integrity</source>
        <translation>Проверить выбранную копию: целостность архива, контрольную сумму или базу данных</translation>
    </message>
    <message>
        <source>Make a new backup of the selected source now, then list and verify it</source>
        <translation>Создать новую копию выбранного источника сейчас, затем обновить список и проверить её</translation>
    </message>
    <message>
        <source>Delete the backups the retention policy drops (shown first)</source>
        <translation>Удалить копии, лишние по политике хранения (в начале списка)</translation>
    </message>
    <message>
        <source>This workspace has no backup sources yet. Add a &lt;tt&gt;&quot;backups&quot;&lt;/tt&gt; array to the workspace file (the README&apos;s Backups section has examples): folders of archives, database copies, restic and borg repositories.</source>
        <translation>В этом рабочем пространстве ещё нет источников копий. Добавьте массив &lt;tt&gt;&quot;backups&quot;&lt;/tt&gt; в файл рабочего пространства (примеры — в разделе Backups файла README): папки с архивами, копии баз данных, репозитории restic и borg.</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 назад</translation>
    </message>
    <message>
        <source>a backup failed verification</source>
        <translation>копия не прошла проверку</translation>
    </message>
    <message>
        <source>no backups found</source>
        <translation>копий не найдено</translation>
    </message>
    <message>
        <source>listed</source>
        <translation>список получен</translation>
    </message>
    <message numerus="yes">
        <source>Listing %n backup source(s) on their servers…</source>
        <translation>
            <numerusform>Опрос серверов: %n источник копий…</numerusform>
            <numerusform>Опрос серверов: %n источника копий…</numerusform>
            <numerusform>Опрос серверов: %n источников копий…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the catalog: %1</source>
        <translation>Не удалось прочитать каталог: %1</translation>
    </message>
    <message>
        <source>not verified yet</source>
        <translation>ещё не проверена</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>✗ failed</source>
        <translation>✗ ошибка</translation>
    </message>
    <message>
        <source>%1 failed verification: %2</source>
        <translation>%1 не прошла проверку: %2</translation>
    </message>
    <message>
        <source>kept (no policy)</source>
        <translation>хранится (нет политики)</translation>
    </message>
    <message>
        <source>keep: %1</source>
        <translation>оставить: %1</translation>
    </message>
    <message>
        <source>drop</source>
        <translation>удалить</translation>
    </message>
    <message>
        <source>no %1 backup for %2</source>
        <translation>%1: нет копии за %2</translation>
    </message>
    <message>
        <source>Empty slots: %1</source>
        <translation>Пропуски: %1</translation>
    </message>
    <message>
        <source>%1 on %2 · no retention policy (everything is kept)</source>
        <translation>%1 на %2 · нет политики хранения (хранится всё)</translation>
    </message>
    <message>
        <source>%1 on %2 · policy: %3</source>
        <translation>%1 на %2 · политика: %3</translation>
    </message>
    <message>
        <source>The last listing failed: %1 (shown: the last listing that worked)</source>
        <translation>Не удалось получить список: %1 (показан последний успешный список)</translation>
    </message>
    <message>
        <source>Size of each backup of %1</source>
        <translation>Размер каждой копии %1</translation>
    </message>
    <message>
        <source>Sizes show once there are two backups with a known size</source>
        <translation>Размеры появятся, когда будет хотя бы две копии с известным размером</translation>
    </message>
    <message>
        <source>The retention policy keeps every backup listed: nothing to prune</source>
        <translation>Политика хранения оставляет все копии из списка: очищать нечего</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n backup(s) the retention policy drops (shown first)</source>
        <translation>
            <numerusform>Удалить %n копию, лишнюю по политике хранения (в начале списка)</numerusform>
            <numerusform>Удалить %n копии, лишние по политике хранения (в начале списка)</numerusform>
            <numerusform>Удалить %n копий, лишних по политике хранения (в начале списка)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: started (job %2, on the Jobs page)</source>
        <translation>%1: запущено (задание %2, на странице «Задания»)</translation>
    </message>
    <message>
        <source>Verify %1</source>
        <translation>Проверка %1</translation>
    </message>
    <message>
        <source>Back up %1</source>
        <translation>Резервное копирование %1</translation>
    </message>
    <message>
        <source>Prune %1</source>
        <translation>Очистка %1</translation>
    </message>
    <message numerus="yes">
        <source>The policy (%1) drops these %n backup(s) of %2 on %3. They are deleted on the server and cannot be brought back.</source>
        <translation>
            <numerusform>Политика (%1) удаляет %n копию %2 на %3. Удаление выполняется на сервере, вернуть удалённое будет невозможно.</numerusform>
            <numerusform>Политика (%1) удаляет %n копии %2 на %3. Удаление выполняется на сервере, вернуть удалённое будет невозможно.</numerusform>
            <numerusform>Политика (%1) удаляет %n копий %2 на %3. Удаление выполняется на сервере, вернуть удалённое будет невозможно.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the server&apos;s name, &lt;b&gt;%1&lt;/b&gt;, to delete them:</source>
        <translation>Чтобы удалить их, введите имя сервера, &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n backup(s)</source>
        <translation>
            <numerusform>&amp;Удалить %n копию</numerusform>
            <numerusform>&amp;Удалить %n копии</numerusform>
            <numerusform>&amp;Удалить %n копий</numerusform>
        </translation>
    </message>
    <message>
        <source>last</source>
        <translation>последние</translation>
    </message>
    <message>
        <source>hourly</source>
        <translation>ежечасная</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>ежедневная</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>еженедельная</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>ежемесячная</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>ежегодная</translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation>&amp;Скачать…</translation>
    </message>
    <message>
        <source>Copy the selected backup from its server to a folder on this computer (over SFTP)</source>
        <translation>Скопировать выбранную копию с сервера в папку на этом компьютере (по SFTP)</translation>
    </message>
    <message>
        <source>Restic and borg snapshots are not files: the restore brings them back</source>
        <translation>Снимки restic и borg — не файлы: их возвращает восстановление</translation>
    </message>
    <message>
        <source>Download %1 into</source>
        <translation>Скачать %1 в</translation>
    </message>
    <message>
        <source>Download %1</source>
        <translation>Скачать %1</translation>
    </message>
    <message>
        <source>Preview &amp;restore…</source>
        <translation>Пред&amp;просмотр восстановления…</translation>
    </message>
    <message>
        <source>See what restoring the selected backup would change on its server (read there; nothing is changed)</source>
        <translation>Посмотреть, что изменит на сервере восстановление выбранной копии (только чтение; ничего не меняется)</translation>
    </message>
    <message>
        <source>Res&amp;tore…</source>
        <translation>Восс&amp;тановить…</translation>
    </message>
    <message>
        <source>Restore the selected backup, step by step: preview, plan, confirmation, then the restore with its safety copy</source>
        <translation>Восстановить выбранную копию по шагам: предпросмотр, план, подтверждение, затем восстановление с резервной копией прежних данных</translation>
    </message>
    <message>
        <source>%1 has no &quot;restore_to&quot;: set where a restore of it writes (README, Restore)</source>
        <translation>у %1 нет &quot;restore_to&quot;: укажите, куда пишет его восстановление (README, Restore)</translation>
    </message>
    <message>
        <source>Every backup source listed.</source>
        <translation>Все источники резервных копий перечислены.</translation>
    </message>
    <message numerus="yes">
        <source>Backup sources listed; %n could not be listed (see State).</source>
        <translation>
            <numerusform>Источники резервных копий перечислены; %n не удалось перечислить (см. «Состояние»).</numerusform>
            <numerusform>Источники резервных копий перечислены; %n не удалось перечислить (см. «Состояние»).</numerusform>
            <numerusform>Источники резервных копий перечислены; %n не удалось перечислить (см. «Состояние»).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dozor::BrokenWorkspaceDialog</name>
    <message>
        <source>Dozor — workspace cannot be used</source>
        <translation>Dozor — рабочее пространство нельзя использовать</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dozor cannot use the workspace %1.&lt;/b&gt;&lt;br&gt;Fix the problems below in the file and choose &lt;i&gt;Try again&lt;/i&gt;, or start with a new workspace: the broken file is kept next to it.</source>
        <translation>&lt;b&gt;Dozor не может использовать рабочее пространство %1.&lt;/b&gt;&lt;br&gt;Исправьте ошибки ниже в файле и нажмите &lt;i&gt;Повторить&lt;/i&gt; или начните с нового рабочего пространства: повреждённый файл сохранится рядом.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Start with a &amp;new workspace</source>
        <translation>Начать с &amp;нового рабочего пространства</translation>
    </message>
    <message>
        <source>Renames the broken file (it is kept in the same folder) and starts with a workspace that watches this computer</source>
        <translation>Переименовывает повреждённый файл (он остаётся в той же папке) и запускается с рабочим пространством, следящим за этим компьютером</translation>
    </message>
    <message>
        <source>Open &amp;file</source>
        <translation>Открыть &amp;файл</translation>
    </message>
    <message>
        <source>Open f&amp;older</source>
        <translation>Открыть п&amp;апку</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
</context>
<context>
    <name>dozor::ChannelDialog</name>
    <message>
        <source>&amp;Find my chat id</source>
        <translation>&amp;Найти id чата</translation>
    </message>
    <message>
        <source>Slack-style message ({&quot;text&quot;: …})</source>
        <translation>Сообщение в стиле Slack ({&quot;text&quot;: …})</translation>
    </message>
    <message>
        <source>Add alert channel</source>
        <translation>Новый канал оповещений</translation>
    </message>
    <message>
        <source>Edit alert channel</source>
        <translation>Изменение канала оповещений</translation>
    </message>
    <message>
        <source>A short name routes and the command line use (dozor alert test ID)</source>
        <translation>Короткое имя для маршрутов и командной строки (dozor alert test ID)</translation>
    </message>
    <message>
        <source>Telegram bot</source>
        <translation>Бот Telegram</translation>
    </message>
    <message>
        <source>Webhook (HTTP POST)</source>
        <translation>Вебхук (HTTP POST)</translation>
    </message>
    <message>
        <source>Desktop notification</source>
        <translation>Уведомление на рабочем столе</translation>
    </message>
    <message>
        <source>from @BotFather; kept in the system keychain</source>
        <translation>от @BotFather; хранится в системной связке ключей</translation>
    </message>
    <message>
        <source>e.g. -1001234567890</source>
        <translation>например, -1001234567890</translation>
    </message>
    <message>
        <source>Write to the bot (or add it to the group) first; Dozor then lists the chats it has recently heard from</source>
        <translation>Сначала напишите боту (или добавьте его в группу); затем Dozor покажет чаты, из которых бот недавно получал сообщения</translation>
    </message>
    <message>
        <source>https://hooks.example.com/dozor</source>
        <translation>https://hooks.example.com/dozor</translation>
    </message>
    <message>
        <source>optional, e.g. X-Dozor-Token</source>
        <translation>необязательно, например X-Dozor-Token</translation>
    </message>
    <message>
        <source>kept in the system keychain; empty keeps the stored one</source>
        <translation>хранится в системной связке ключей; пустое поле оставляет сохранённый</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>Bot &amp;token:</source>
        <translation>&amp;Токен бота:</translation>
    </message>
    <message>
        <source>&amp;Chat id:</source>
        <translation>&amp;Id чата:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>Secret &amp;header:</source>
        <translation>Секретный &amp;заголовок:</translation>
    </message>
    <message>
        <source>Header &amp;value:</source>
        <translation>&amp;Значение заголовка:</translation>
    </message>
    <message>
        <source>Asking Telegram which chats wrote to the bot…</source>
        <translation>Запрашиваем у Telegram, какие чаты писали боту…</translation>
    </message>
    <message>
        <source>Enter the bot&apos;s token first.</source>
        <translation>Сначала введите токен бота.</translation>
    </message>
    <message>
        <source>No chats yet: send the bot a message (or add it to the group and write there), then try again.</source>
        <translation>Чатов пока нет: напишите боту (или добавьте его в группу и напишите там) и попробуйте снова.</translation>
    </message>
    <message>
        <source>Found one chat: %1.</source>
        <translation>Найден один чат: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n chats; the newest is filled in, pick another below.</source>
        <translation>
            <numerusform>Найден %n чат; подставлен самый новый, другой можно выбрать ниже.</numerusform>
            <numerusform>Найдено %n чата; подставлен самый новый, другой можно выбрать ниже.</numerusform>
            <numerusform>Найдено %n чатов; подставлен самый новый, другой можно выбрать ниже.</numerusform>
        </translation>
    </message>
    <message>
        <source>a bot needs its token (from @BotFather)</source>
        <translation>боту нужен токен (от @BotFather)</translation>
    </message>
    <message>
        <source>Not saved: the stored secret could not follow the new id: %1</source>
        <translation>Не сохранено: сохранённый секрет не удалось перенести на новый id: %1</translation>
    </message>
    <message>
        <source>Not saved: the keychain did not take the secret: %1</source>
        <translation>Не сохранено: связка ключей не приняла секрет: %1</translation>
    </message>
    <message>
        <source>enter the header&apos;s value (it is kept in the keychain)</source>
        <translation>введите значение заголовка (оно хранится в связке ключей)</translation>
    </message>
    <message>
        <source>is already used by another channel</source>
        <translation>уже занят другим каналом</translation>
    </message>
</context>
<context>
    <name>dozor::CheckDialog</name>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>&amp;Run now</source>
        <translation>&amp;Выполнить сейчас</translation>
    </message>
    <message>
        <source>Add check</source>
        <translation>Новая проверка</translation>
    </message>
    <message>
        <source>Edit check</source>
        <translation>Изменить проверку</translation>
    </message>
    <message>
        <source>A short name used in the workspace file, history and command line</source>
        <translation>Короткое имя для файла рабочего пространства, истории и командной строки</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;What to check:</source>
        <translation>&amp;Что проверять:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Warning at:</source>
        <translation>&amp;Предупреждение от:</translation>
    </message>
    <message>
        <source>C&amp;ritical at:</source>
        <translation>&amp;Критично от:</translation>
    </message>
    <message>
        <source>Check &amp;every:</source>
        <translation>Проверять &amp;каждые:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Тайм-аут:</translation>
    </message>
    <message>
        <source>is already used by another check</source>
        <translation>уже занят другой проверкой</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>%1 in %2 ms: %3</source>
        <translation>%1 за %2 мс: %3</translation>
    </message>
    <message>
        <source>Run the check as entered, without saving it (Ctrl+R)</source>
        <translation>Выполнить проверку в введённом виде, не сохраняя её (Ctrl+R)</translation>
    </message>
    <message>
        <source>%1 has no SSH login, so only HTTP(S) requests can check it; add host and user with Edit server first.</source>
        <translation>У %1 не настроен вход по SSH, поэтому его можно проверять только запросами HTTP(S); сначала укажите хост и пользователя в «Изменить сервер».</translation>
    </message>
    <message>
        <source>as the workspace (%1 in a row)</source>
        <translation>как в рабочем пространстве (%1 подряд)</translation>
    </message>
    <message>
        <source> in a row</source>
        <translation> подряд</translation>
    </message>
    <message>
        <source>Incident after:</source>
        <translation>Инцидент после:</translation>
    </message>
    <message>
        <source>Failed runs in a row before an incident opens and an alert goes out; until then the check shows PENDING</source>
        <translation>Сколько неудачных запусков подряд нужно, чтобы открылся инцидент и ушло оповещение; до тех пор проверка в ожидании</translation>
    </message>
    <message>
        <source>Resolved after:</source>
        <translation>Решён после:</translation>
    </message>
    <message>
        <source>Good runs in a row before the incident closes</source>
        <translation>Сколько удачных запусков подряд нужно, чтобы инцидент закрылся</translation>
    </message>
    <message>
        <source>Checks run only while monitoring runs</source>
        <translation>Проверки выполняются, только пока идёт наблюдение</translation>
    </message>
    <message>
        <source>default (interval, at most %1 s)</source>
        <translation>по умолчанию (интервал, не больше %1 с)</translation>
    </message>
    <message>
        <source>Retry a failure after:</source>
        <translation>Повтор после сбоя через:</translation>
    </message>
    <message>
        <source>After a failed run the check runs again this soon, until an incident opens or a run passes, so an outage is confirmed in seconds</source>
        <translation>После неудачного запуска проверка повторяется через это время, пока не откроется инцидент или запуск не пройдёт, — так сбой подтверждается за секунды</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>dozor::CheckExecutor</name>
    <message>
        <source>the probe script is missing from this build</source>
        <translation>в этой сборке нет скрипта пробы</translation>
    </message>
    <message>
        <source>the probe failed with exit status %1: %2</source>
        <translation>проба завершилась с кодом %1: %2</translation>
    </message>
    <message>
        <source>the probe printed nothing for this check</source>
        <translation>проба ничего не вывела для этой проверки</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s and was stopped</source>
        <translation>%1 не завершилась за %2 с и была остановлена</translation>
    </message>
    <message>
        <source>the probe stopped while this check&apos;s commands ran</source>
        <translation>проба остановилась, пока выполнялись команды этой проверки</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>dozor::CheckKindFields</name>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
</context>
<context>
    <name>dozor::ConnectionStateLabel</name>
    <message>
        <source>SSH: connecting…</source>
        <translation>SSH: подключение…</translation>
    </message>
    <message>
        <source>● SSH: %1</source>
        <translation>● SSH: %1</translation>
    </message>
    <message>
        <source>▲ SSH: reconnecting, next attempt at %1 — %2</source>
        <translation>▲ SSH: переподключение, следующая попытка в %1 — %2</translation>
    </message>
    <message>
        <source>▲ SSH: reconnecting — %1</source>
        <translation>▲ SSH: переподключение — %1</translation>
    </message>
    <message>
        <source>■ SSH: waiting for you to trust the host key — %1</source>
        <translation>■ SSH: ждёт, когда вы доверите ключу хоста — %1</translation>
    </message>
    <message>
        <source>■ SSH: refused — %1</source>
        <translation>■ SSH: отказано — %1</translation>
    </message>
</context>
<context>
    <name>dozor::ConnectionTest</name>
    <message>
        <source>logged in, but the probe failed: %1</source>
        <translation>вход выполнен, но проба не удалась: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n CPU(s)</source>
        <translation>
            <numerusform>%n процессор</numerusform>
            <numerusform>%n процессора</numerusform>
            <numerusform>%n процессоров</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 memory</source>
        <translation>памяти %1</translation>
    </message>
    <message>
        <source>up %1</source>
        <translation>работает %1</translation>
    </message>
    <message>
        <source>connected and logged in; the probe ran in %1 ms (%2)%3</source>
        <translation>подключено, вход выполнен; проба заняла %1 мс (%2)%3</translation>
    </message>
</context>
<context>
    <name>dozor::DeployDialog</name>
    <message>
        <source>Roll back %1 on %2</source>
        <translation>Откат %1 на %2</translation>
    </message>
    <message>
        <source>Deploy %1 to %2</source>
        <translation>Развёртывание %1 на %2</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Путь</translation>
    </message>
    <message>
        <source>The branch, tag or commit checked out on the server</source>
        <translation>Ветка, тег или коммит, который получается на сервере</translation>
    </message>
    <message>
        <source>Deploy even if the server&apos;s checks &amp;fail before it</source>
        <translation>Развернуть, даже если проверки сервера &amp;не проходят перед этим</translation>
    </message>
    <message>
        <source>The server&apos;s checks run first; a deploy onto a server that already fails them is refused unless this is ticked</source>
        <translation>Сначала выполняются проверки сервера; развёртывание на сервер, который их уже не проходит, отклоняется, если это не отмечено</translation>
    </message>
    <message>
        <source>&amp;Ref:</source>
        <translation>&amp;Ref:</translation>
    </message>
    <message>
        <source>&amp;Release:</source>
        <translation>&amp;Релиз:</translation>
    </message>
    <message>
        <source>Steps, in order:</source>
        <translation>Шаги по порядку:</translation>
    </message>
    <message>
        <source>Restore the &amp;database…</source>
        <translation>Восстановить &amp;базу данных…</translation>
    </message>
    <message>
        <source>Show on the &amp;Jobs page</source>
        <translation>Показать на странице &amp;заданий</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Cancelling: the running step ends at a safe point, then what was done is undone…</source>
        <translation>Отмена: выполняемый шаг завершается в безопасной точке, затем сделанное отменяется…</translation>
    </message>
    <message>
        <source>&amp;Cancel the rollback</source>
        <translation>&amp;Отменить откат</translation>
    </message>
    <message>
        <source>&amp;Cancel the deploy</source>
        <translation>&amp;Отменить развёртывание</translation>
    </message>
    <message>
        <source>Reading the releases of %1 on %2…</source>
        <translation>Чтение релизов %1 на %2…</translation>
    </message>
    <message>
        <source>Building %1 here (when the recipe says how), then comparing it with the live release on %2. Nothing on the server changes yet.</source>
        <translation>Сборка %1 здесь (если рецепт это задаёт), затем сравнение с рабочим релизом на %2. На сервере пока ничего не меняется.</translation>
    </message>
    <message>
        <source>Reading %1 on %2. Nothing on the server changes yet.</source>
        <translation>Чтение %1 на %2. На сервере пока ничего не меняется.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing was deployed.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Ничего не развёрнуто.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt;, in %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; на &lt;b&gt;%2&lt;/b&gt;, в %3</translation>
    </message>
    <message>
        <source>the login&apos;s home</source>
        <translation>домашняя папка входа</translation>
    </message>
    <message>
        <source>Live release: none (the first deploy)</source>
        <translation>Рабочий релиз: нет (первое развёртывание)</translation>
    </message>
    <message>
        <source>Live release: %1</source>
        <translation>Рабочий релиз: %1</translation>
    </message>
    <message>
        <source>A deploy whose Dozor is gone left its lock (%1): it will be taken over.</source>
        <translation>Развёртывание, чей Dozor уже завершился, оставило блокировку (%1): она будет перехвачена.</translation>
    </message>
    <message>
        <source>Another deploy holds the lock: %1</source>
        <translation>Блокировку держит другое развёртывание: %1</translation>
    </message>
    <message>
        <source>Build %1: %2 to upload (%3), %4 removed, %5 unchanged</source>
        <translation>Сборка %1: загрузить %2 (%3), удалить %4, без изменений %5</translation>
    </message>
    <message>
        <source>upload</source>
        <translation>загрузить</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>удалить</translation>
    </message>
    <message>
        <source>%1 (live now)</source>
        <translation>%1 (работает сейчас)</translation>
    </message>
    <message>
        <source>%1 (live before the last deploy)</source>
        <translation>%1 (работал до последнего развёртывания)</translation>
    </message>
    <message>
        <source>&amp;Roll back %1</source>
        <translation>&amp;Откатить %1</translation>
    </message>
    <message>
        <source>&amp;Deploy to %1</source>
        <translation>&amp;Развернуть на %1</translation>
    </message>
    <message>
        <source>At the end, whatever happens: %1</source>
        <translation>В конце, что бы ни случилось: %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <source>Rolling back: %1</source>
        <translation>Откат: %1</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Шаг %1 из %2: %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Done.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Готово.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Done: %1 is live on %2.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Готово: на %2 работает %1.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 was live before.</source>
        <translation>До этого работал %1.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Предупреждение: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Отменено.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rolled back:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Откачено:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Nothing was live before; nothing is now.</source>
        <translation>До этого ничего не работало; сейчас тоже.</translation>
    </message>
    <message>
        <source>%1 is live, as before.</source>
        <translation>Работает %1, как и до этого.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>Look at the server. &lt;i&gt;Roll back to %1&lt;/i&gt; makes the release that was live before live again.</source>
        <translation>Проверьте сервер. &lt;i&gt;Откат к %1&lt;/i&gt; снова делает рабочим релиз, работавший до этого.</translation>
    </message>
    <message>
        <source>The migrations ran: the code is back, but the database keeps their changes. The backup taken before them is the newest of %1. Restore it if the old code needs it — nothing is restored without you.</source>
        <translation>Миграции выполнились: код возвращён, но изменения в базе данных остались. Копия, сделанная перед ними, — самая новая в %1. Восстановите её, если старому коду это нужно, — без вас ничего не восстанавливается.</translation>
    </message>
    <message>
        <source>The migrations ran: the code is back, but the database keeps their changes.</source>
        <translation>Миграции выполнились: код возвращён, но изменения в базе данных остались.</translation>
    </message>
    <message>
        <source>Roll &amp;back to %1…</source>
        <translation>&amp;Откатить к %1…</translation>
    </message>
</context>
<context>
    <name>dozor::DesktopSession</name>
    <message>
        <source>Cannot remember the host key: %1</source>
        <translation>Не удаётся запомнить ключ хоста: %1</translation>
    </message>
    <message>
        <source>alerts paused from the tray menu</source>
        <translation>оповещения приостановлены из меню трея</translation>
    </message>
    <message>
        <source>Cannot pause the other alert channels: %1</source>
        <translation>Не удалось приостановить остальные каналы оповещений: %1</translation>
    </message>
    <message>
        <source>The workspace file was changed outside Dozor; the changes are applied.</source>
        <translation>Файл рабочего пространства изменён вне Dozor; изменения применены.</translation>
    </message>
    <message>
        <source>Dozor</source>
        <translation>Dozor</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) still running (Jobs page). Quitting stops them where they are: they are recorded as interrupted, and a step already running on a server may go on there.</source>
        <translation>
            <numerusform>Ещё выполняется %n задание (страница «Задания»). При выходе задания остановятся там, где они есть, и будут записаны как прерванные, а шаг, уже запущенный на сервере, может там продолжиться.</numerusform>
            <numerusform>Ещё выполняются %n задания (страница «Задания»). При выходе задания остановятся там, где они есть, и будут записаны как прерванные, а шаг, уже запущенный на сервере, может там продолжиться.</numerusform>
            <numerusform>Ещё выполняются %n заданий (страница «Задания»). При выходе задания остановятся там, где они есть, и будут записаны как прерванные, а шаг, уже запущенный на сервере, может там продолжиться.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation>&amp;Всё равно выйти</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>&amp;Продолжить работу</translation>
    </message>
</context>
<context>
    <name>dozor::FileTree</name>
    <message>
        <source>a symbolic link</source>
        <translation>символическая ссылка</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>специальный файл</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>этом компьютере</translation>
    </message>
    <message>
        <source>cannot read the folder %1</source>
        <translation>не удаётся прочитать папку %1</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>не удаётся создать папку %1</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>не удаётся создать %1: %2</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 уже существует</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>не удаётся переименовать %1 в %2</translation>
    </message>
    <message>
        <source>there is no %1 on %2</source>
        <translation>%1 нет на %2</translation>
    </message>
    <message>
        <source>%1 is %2: Dozor copies files and folders only</source>
        <translation>%1 — %2: Dozor копирует только файлы и папки</translation>
    </message>
    <message>
        <source>%1 already exists on %2: Dozor never overwrites; choose another name or move it away first</source>
        <translation>%1 уже есть на %2: Dozor никогда не перезаписывает; выберите другое имя или сначала уберите его</translation>
    </message>
    <message>
        <source>there is no folder %1 on %2</source>
        <translation>папки %1 нет на %2</translation>
    </message>
    <message numerus="yes">
        <source>Uploaded %n file(s) (%1) to %2</source>
        <translation>
            <numerusform>Загружен %n файл (%1) в %2</numerusform>
            <numerusform>Загружено %n файла (%1) в %2</numerusform>
            <numerusform>Загружено %n файлов (%1) в %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downloaded %n file(s) (%1) to %2</source>
        <translation>
            <numerusform>Скачан %n файл (%1) в %2</numerusform>
            <numerusform>Скачано %n файла (%1) в %2</numerusform>
            <numerusform>Скачано %n файлов (%1) в %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds more than %2 files and folders: too many to copy one by one</source>
        <translation>в %1 больше %2 файлов и папок: слишком много, чтобы копировать по одному</translation>
    </message>
    <message>
        <source>%1 on %2 lists a name Dozor will not use as a file name: &quot;%3&quot;</source>
        <translation>%1 на %2 содержит имя, которое Dozor не станет использовать как имя файла: &quot;%3&quot;</translation>
    </message>
</context>
<context>
    <name>dozor::GroupedOverviewModel</name>
    <message numerus="yes">
        <source>%n check(s)</source>
        <translation>
            <numerusform>%n проверка</numerusform>
            <numerusform>%n проверки</numerusform>
            <numerusform>%n проверок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s), %1 failing</source>
        <translation>
            <numerusform>%n проверка, со сбоем: %1</numerusform>
            <numerusform>%n проверки, со сбоем: %1</numerusform>
            <numerusform>%n проверок, со сбоем: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dozor::HistoryWriter</name>
    <message>
        <source>the history file is not open</source>
        <translation>файл истории не открыт</translation>
    </message>
    <message>
        <source>cannot write history: %1</source>
        <translation>не удаётся записать историю: %1</translation>
    </message>
    <message numerus="yes">
        <source>cannot write history (%1); %n batch(es) kept in memory and retried</source>
        <translation>
            <numerusform>не удаётся записать историю (%1); %n пакет хранится в памяти и будет записан повторно</numerusform>
            <numerusform>не удаётся записать историю (%1); %n пакета хранятся в памяти и будут записаны повторно</numerusform>
            <numerusform>не удаётся записать историю (%1); %n пакетов хранятся в памяти и будут записаны повторно</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dozor::HttpProbe</name>
    <message>
        <source>no PEM certificate could be read from the CA file %1</source>
        <translation>из файла УЦ %1 не удалось прочитать ни одного сертификата PEM</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the response headers are larger than %2 KiB</source>
        <translation>%1: заголовки ответа больше %2 КиБ</translation>
    </message>
    <message>
        <source>%1: not an HTTP answer: %2</source>
        <translation>%1: это не ответ HTTP: %2</translation>
    </message>
    <message>
        <source>%1: a chunk of the body has no valid size</source>
        <translation>%1: у части тела ответа нет правильного размера</translation>
    </message>
    <message>
        <source>a redirect from https to %1 was not followed</source>
        <translation>перенаправление с https на %1 не выполнено</translation>
    </message>
    <message>
        <source>a redirect to %1 cannot be followed</source>
        <translation>перенаправление на %1 выполнить нельзя</translation>
    </message>
    <message>
        <source>too many redirects (more than %1)</source>
        <translation>слишком много перенаправлений (больше %1)</translation>
    </message>
    <message>
        <source>%1: the server closed the connection without an answer</source>
        <translation>%1: сервер закрыл соединение, не ответив</translation>
    </message>
    <message>
        <source>%1: the connection closed after %2 of %3 bytes of the body</source>
        <translation>%1: соединение закрылось после %2 из %3 байт тела ответа</translation>
    </message>
    <message>
        <source>%1: the connection closed in the middle of the body</source>
        <translation>%1: соединение закрылось посреди тела ответа</translation>
    </message>
    <message>
        <source>the certificate expired on %1</source>
        <translation>срок действия сертификата истёк %1</translation>
    </message>
    <message>
        <source>the certificate is valid only from %1</source>
        <translation>сертификат действителен только с %1</translation>
    </message>
    <message>
        <source>the certificate is for %1, not %2</source>
        <translation>сертификат выдан для %1, а не для %2</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>без имени</translation>
    </message>
    <message>
        <source>the certificate&apos;s issuer (%1) is not trusted here; for a self-signed or private CA certificate set the check&apos;s CA file</source>
        <translation>издателю сертификата (%1) здесь не доверяют; для самоподписанного сертификата или частного УЦ укажите в проверке файл CA</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>без имени</translation>
    </message>
    <message>
        <source>the certificate was revoked</source>
        <translation>сертификат отозван</translation>
    </message>
</context>
<context>
    <name>dozor::JobTransport</name>
    <message>
        <source>%1 has no SSH login and is not this computer: Dozor cannot run anything there</source>
        <translation>у %1 нет входа по SSH, и это не данный компьютер: Dozor не может там ничего запускать</translation>
    </message>
    <message>
        <source>there is no server &quot;%1&quot; in the workspace</source>
        <translation>в рабочем пространстве нет сервера &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>dozor::JobsPage</name>
    <message>
        <source>&amp;Cancel job</source>
        <translation>&amp;Отменить задание</translation>
    </message>
    <message>
        <source>&lt;b&gt;Jobs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Задания&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Задание</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Stop the job: the running step is stopped (with everything it started on the server) when it is safe to stop, and what the job did is undone</source>
        <translation>Остановить задание: текущий шаг останавливается (вместе со всем, что он запустил на сервере), когда это безопасно, а сделанное заданием откатывается</translation>
    </message>
    <message>
        <source>Cannot read the jobs: %1</source>
        <translation>Не удалось прочитать задания: %1</translation>
    </message>
    <message>
        <source>%1 · step %2 of %3</source>
        <translation>%1 · шаг %2 из %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>started by %1</source>
        <translation>запустил: %1</translation>
    </message>
    <message>
        <source>Cancel asked: the job stops after this step, which is not safe to interrupt</source>
        <translation>Запрошена отмена: задание остановится после этого шага — прерывать его небезопасно</translation>
    </message>
    <message>
        <source>step %1 of %2: %3</source>
        <translation>шаг %1 из %2: %3</translation>
    </message>
    <message>
        <source>%1 — %2 of %3</source>
        <translation>%1 — %2 из %3</translation>
    </message>
    <message>
        <source>Backups, verifications, downloads, prunes, restores and deploys, running and recent. Each runs over an SSH session of its own, so monitoring never waits for one.</source>
        <translation>Резервные копии, проверки, скачивания, очистки, восстановления и развёртывания — выполняемые и недавние. Каждое идёт через свой SSH-сеанс, поэтому наблюдение никогда их не ждёт.</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>Все задания</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Restores</source>
        <translation>Восстановления</translation>
    </message>
    <message>
        <source>Deploys</source>
        <translation>Развёртывания</translation>
    </message>
    <message>
        <source>Which jobs the list shows</source>
        <translation>Какие задания показывает список</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Показать:</translation>
    </message>
</context>
<context>
    <name>dozor::JournalEntryDialog</name>
    <message>
        <source>&amp;Ended:</source>
        <translation>&amp;Закончилось:</translation>
    </message>
    <message>
        <source>Journal entry</source>
        <translation>Запись журнала</translation>
    </message>
    <message>
        <source>New journal entry</source>
        <translation>Новая запись журнала</translation>
    </message>
    <message>
        <source>e.g. 403 for everyone after the 14:00 deploy</source>
        <translation>например: 403 у всех после выкладки в 14:00</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Критично</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Информация</translation>
    </message>
    <message>
        <source>(no particular server)</source>
        <translation>(без конкретного сервера)</translation>
    </message>
    <message>
        <source>What users saw, what the checks said, what you did</source>
        <translation>Что видели пользователи, что говорили проверки, что вы делали</translation>
    </message>
    <message>
        <source>Why it happened</source>
        <translation>Почему это случилось</translation>
    </message>
    <message>
        <source>What fixed it</source>
        <translation>Что помогло</translation>
    </message>
    <message>
        <source>What is still to do so it does not happen again</source>
        <translation>Что ещё сделать, чтобы это не повторилось</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Важность:</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>Се&amp;рвер:</translation>
    </message>
    <message>
        <source>S&amp;tarted:</source>
        <translation>&amp;Началось:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Что случилось:</translation>
    </message>
    <message>
        <source>Root &amp;cause:</source>
        <translation>&amp;Первопричина:</translation>
    </message>
    <message>
        <source>&amp;Fix:</source>
        <translation>Что по&amp;могло:</translation>
    </message>
    <message>
        <source>F&amp;ollow-ups:</source>
        <translation>Что &amp;ещё сделать:</translation>
    </message>
    <message>
        <source>Incident:</source>
        <translation>Инцидент:</translation>
    </message>
    <message>
        <source>Give the entry a title.</source>
        <translation>Дайте записи заголовок.</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>Конец раньше начала.</translation>
    </message>
    <message>
        <source>%1 (no longer in the journal)</source>
        <translation>%1 (больше нет в журнале)</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Инцидент %1</translation>
    </message>
</context>
<context>
    <name>dozor::JournalPage</name>
    <message>
        <source>Add &amp;note…</source>
        <translation>Добавить &amp;заметку…</translation>
    </message>
    <message>
        <source>&amp;Run remediation…</source>
        <translation>&amp;Выполнить восстановление…</translation>
    </message>
    <message>
        <source>Export &amp;incident…</source>
        <translation>Выгрузить &amp;инцидент…</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Любая важность</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Критично</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Информация</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Последние 24 часа</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Последние 90 дней</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Всё</translation>
    </message>
    <message>
        <source>Search titles, reasons, timelines, notes…</source>
        <translation>Поиск по заголовкам, причинам, хронологии, заметкам…</translation>
    </message>
    <message>
        <source>New &amp;entry…</source>
        <translation>Новая &amp;запись…</translation>
    </message>
    <message>
        <source>Write up what happened (Ctrl+Shift+E); with an incident selected, the entry is linked to it</source>
        <translation>Описать, что случилось (Ctrl+Shift+E); если выбран инцидент, запись будет связана с ним</translation>
    </message>
    <message>
        <source>E&amp;xport list…</source>
        <translation>Выгрузить &amp;список…</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>All servers</source>
        <translation>Все серверы</translation>
    </message>
    <message>
        <source>The journal cannot be read: %1</source>
        <translation>Журнал не читается: %1</translation>
    </message>
    <message>
        <source>open for %1</source>
        <translation>открыт уже %1</translation>
    </message>
    <message>
        <source>resolved after %1</source>
        <translation>решён через %1</translation>
    </message>
    <message>
        <source> · in maintenance</source>
        <translation> · на обслуживании</translation>
    </message>
    <message>
        <source>journal entry</source>
        <translation>запись журнала</translation>
    </message>
    <message>
        <source>noted by Dozor</source>
        <translation>записано Dozor</translation>
    </message>
    <message>
        <source>Nothing in the journal for this selection. Incidents appear here when a check keeps failing; New entry… writes one up by hand.</source>
        <translation>Для такой выборки в журнале ничего нет. Инциденты появляются здесь, когда проверка продолжает сбоить; «Новая запись…» позволяет описать случай вручную.</translation>
    </message>
    <message>
        <source>This check has no remediation (set &quot;remediation&quot; in the workspace)</source>
        <translation>У этой проверки нет восстановления (задайте &quot;remediation&quot; в рабочем пространстве)</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>The entry was not saved: %1</source>
        <translation>Запись не сохранена: %1</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <source>A note in the timeline of &quot;%1&quot;:</source>
        <translation>Заметка в хронологии «%1»:</translation>
    </message>
    <message>
        <source>Run remediation</source>
        <translation>Выполнить восстановление</translation>
    </message>
    <message>
        <source>Run this on %1 now?</source>
        <translation>Выполнить это на %1 сейчас?</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Выполнить</translation>
    </message>
    <message>
        <source>
Running: %1 …</source>
        <translation>
Выполняется: %1 …</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>Выгрузить в Markdown</translation>
    </message>
    <message>
        <source>Markdown (*.md);;All files (*)</source>
        <translation>Markdown (*.md);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Выгрузка</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Записано: %1</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Удалить запись</translation>
    </message>
    <message>
        <source>Delete the journal entry &quot;%1&quot;? This cannot be undone.</source>
        <translation>Удалить запись журнала «%1»? Это нельзя отменить.</translation>
    </message>
    <message>
        <source>Res&amp;tore a backup…</source>
        <translation>Восс&amp;тановить копию…</translation>
    </message>
    <message>
        <source>Restore a backup of %1 for this incident (the restore&apos;s journal entry links to it)</source>
        <translation>Восстановить копию %1 ради этого инцидента (запись журнала о восстановлении сошлётся на него)</translation>
    </message>
    <message>
        <source>The incident&apos;s server has no backup source with &quot;restore_to&quot;</source>
        <translation>у сервера инцидента нет источника копий с &quot;restore_to&quot;</translation>
    </message>
</context>
<context>
    <name>dozor::KnownHosts</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the host key to add is incomplete</source>
        <translation>добавляемый ключ хоста неполон</translation>
    </message>
    <message>
        <source>refusing to write a known_hosts entry containing spaces or control characters</source>
        <translation>запись known_hosts с пробелами или управляющими символами не записывается</translation>
    </message>
    <message>
        <source>the file changed since it was listed; nothing was removed, list it again</source>
        <translation>файл изменился с момента чтения; ничего не удалено, прочитайте его заново</translation>
    </message>
</context>
<context>
    <name>dozor::KnownHostsModel</name>
    <message>
        <source>only entries of Dozor&apos;s own known_hosts file can be removed here</source>
        <translation>здесь можно удалять только записи собственного файла known_hosts Dozor</translation>
    </message>
    <message>
        <source>From %1; Dozor trusts it but never changes that file</source>
        <translation>Из %1; Dozor доверяет ему, но никогда не меняет этот файл</translation>
    </message>
    <message>
        <source>(hashed name)</source>
        <translation>(хешированное имя)</translation>
    </message>
    <message>
        <source>(unreadable key)</source>
        <translation>(нечитаемый ключ)</translation>
    </message>
    <message>
        <source>Dozor</source>
        <translation>Dozor</translation>
    </message>
    <message>
        <source>~/.ssh/known_hosts</source>
        <translation>~/.ssh/known_hosts</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Хост</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>Тип ключа</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
</context>
<context>
    <name>dozor::KnownHostsPage</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Forget the selected key (Delete); Dozor asks about the server&apos;s key on the next connection</source>
        <translation>Забыть выбранный ключ (Delete); при следующем подключении Dozor спросит о ключе сервера</translation>
    </message>
    <message>
        <source>Host keys Dozor trusts. Remove one only when you know why the server&apos;s key changed (it was reinstalled, its keys replaced).</source>
        <translation>Ключи хостов, которым доверяет Dozor. Удаляйте ключ, только если знаете, почему ключ сервера изменился (сервер переустановлен, ключи заменены).</translation>
    </message>
    <message>
        <source>No host keys yet: Dozor asks about each server&apos;s key the first time it connects.</source>
        <translation>Ключей хостов пока нет: Dozor спросит о ключе каждого сервера при первом подключении.</translation>
    </message>
    <message>
        <source>Removed the key of %1; Dozor asks about it on the next connection.</source>
        <translation>Ключ %1 удалён; при следующем подключении Dozor спросит о нём.</translation>
    </message>
</context>
<context>
    <name>dozor::LocalShellRun</name>
    <message>
        <source>cannot start /bin/sh (%1); checks of this computer need a POSIX shell</source>
        <translation>не удаётся запустить /bin/sh (%1); проверкам этого компьютера нужна оболочка POSIX</translation>
    </message>
    <message>
        <source>the shell was killed</source>
        <translation>оболочка была убита</translation>
    </message>
    <message>
        <source>there is no script to run</source>
        <translation>нечего выполнять</translation>
    </message>
</context>
<context>
    <name>dozor::MainWindow</name>
    <message>
        <source>Dozor</source>
        <translation>Dozor</translation>
    </message>
    <message>
        <source>Alerts paused</source>
        <translation>Оповещения приостановлены</translation>
    </message>
    <message>
        <source>Alerts resumed</source>
        <translation>Оповещения возобновлены</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Add &amp;server…</source>
        <translation>Добавить &amp;сервер…</translation>
    </message>
    <message>
        <source>Add &amp;check…</source>
        <translation>Добавить &amp;проверку…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>&amp;Закрыть окно</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Обзор</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>&amp;Следующая страница</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>&amp;Предыдущая страница</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Оповещения</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Dozor</source>
        <translation>&amp;О программе Dozor</translation>
    </message>
    <message>
        <source>About Dozor</source>
        <translation>О программе Dozor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dozor %1&lt;/h3&gt;&lt;p&gt;An operations console for a few to a few hundred Linux servers: live status over HTTP(S) and SSH, history charts, alerts.&lt;/p&gt;&lt;p&gt;Workspace: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dozor %1&lt;/h3&gt;&lt;p&gt;Пульт администратора для нескольких — нескольких сотен Linux-серверов: состояние в реальном времени по HTTP(S) и SSH, графики истории, оповещения.&lt;/p&gt;&lt;p&gt;Рабочее пространство: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <source>History recorded</source>
        <translation>История записывается</translation>
    </message>
    <message>
        <source>History not recorded</source>
        <translation>История не записывается</translation>
    </message>
    <message>
        <source>Dozor cannot use its history file, so charts stay empty and nothing is recorded. Checks still run.

%1

Free some disk space or fix the file&apos;s permissions, then start Dozor again.</source>
        <translation>Dozor не может использовать файл истории, поэтому графики пусты и ничего не записывается. Проверки при этом выполняются.

%1

Освободите место на диске или исправьте права на файл, затем запустите Dozor снова.</translation>
    </message>
    <message>
        <source>History writes failing — kept in memory and retried</source>
        <translation>Запись истории не удаётся — данные хранятся в памяти, запись повторяется</translation>
    </message>
    <message>
        <source>Dozor keeps watching</source>
        <translation>Dozor продолжает наблюдение</translation>
    </message>
    <message>
        <source>Monitoring continues in the tray. To stop Dozor, choose Quit in the tray menu.</source>
        <translation>Мониторинг продолжается в трее. Чтобы остановить Dozor, выберите «Выход» в меню значка в трее.</translation>
    </message>
    <message>
        <source>&amp;Import servers from SSH config…</source>
        <translation>&amp;Импорт серверов из конфигурации SSH…</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Журнал</translation>
    </message>
    <message>
        <source>&amp;Maintenance windows…</source>
        <translation>&amp;Окна обслуживания…</translation>
    </message>
    <message>
        <source>Alert &amp;channels…</source>
        <translation>&amp;Каналы оповещений…</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Incidents and journal entries (Ctrl+J)</source>
        <translation>Инциденты и записи журнала (Ctrl+J)</translation>
    </message>
    <message>
        <source>Alerts to %1 failing since %2</source>
        <translation>Оповещения в %1 не доходят с %2</translation>
    </message>
    <message>
        <source>Alerts to %1 are delivered again</source>
        <translation>Оповещения в %1 снова доходят</translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation>Файл рабочего пространства</translation>
    </message>
    <message>
        <source>The workspace file has errors; the last good version keeps running.</source>
        <translation>В файле рабочего пространства ошибки; продолжает работать последняя исправная версия.</translation>
    </message>
    <message>
        <source>Dozor stopped while these jobs ran; they are marked interrupted (Jobs page). Check the server before running them again:
%1</source>
        <translation>Dozor остановился во время выполнения этих заданий; они помечены как прерванные (страница «Задания»). Перед повторным запуском проверьте сервер:
%1</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Резервные копии</translation>
    </message>
    <message>
        <source>J&amp;obs</source>
        <translation>&amp;Задания</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Every backup of every server, its freshness and verification (Ctrl+B)</source>
        <translation>Все резервные копии всех серверов, их свежесть и проверка (Ctrl+B)</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Задания</translation>
    </message>
    <message>
        <source>Running and recent backups, verifications and prunes (Ctrl+Shift+J)</source>
        <translation>Текущие и недавние задания: резервное копирование, проверки, очистка (Ctrl+Shift+J)</translation>
    </message>
    <message>
        <source>Jobs (%1 running)</source>
        <translation>Задания (выполняется: %1)</translation>
    </message>
    <message>
        <source>A restore left its record on the server: Backups → Restore… offers to finish it or roll it back.</source>
        <translation>Восстановление оставило запись на сервере: «Резервные копии» → «Восстановить…» предложит завершить его или откатить.</translation>
    </message>
</context>
<context>
    <name>dozor::MaintenanceDialog</name>
    <message>
        <source>Maintenance windows</source>
        <translation>Окна обслуживания</translation>
    </message>
    <message>
        <source>All servers</source>
        <translation>Все серверы</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>e.g. kernel update, release 4.2</source>
        <translation>например: обновление ядра, релиз 4.2</translation>
    </message>
    <message>
        <source>&amp;Start now</source>
        <translation>&amp;Начать сейчас</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;На:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Окно</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>&amp;End selected now</source>
        <translation>&amp;Закончить выбранное сейчас</translation>
    </message>
    <message>
        <source>During a window checks run and are recorded; incidents are marked &quot;in maintenance&quot; and no alert is sent. An incident still open when the window ends alerts then.</source>
        <translation>Во время окна проверки выполняются и записываются; инциденты помечаются «на обслуживании», оповещения не отправляются. Инцидент, открытый к концу окна, оповестит тогда.</translation>
    </message>
    <message>
        <source>Open and upcoming windows:</source>
        <translation>Открытые и предстоящие окна:</translation>
    </message>
    <message>
        <source>The window was not started: %1</source>
        <translation>Окно не начато: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>&amp;Schedule…</source>
        <translation>&amp;Запланировать…</translation>
    </message>
    <message>
        <source>A window kept in the workspace: once, every day or on chosen days</source>
        <translation>Окно, которое хранится в рабочем пространстве: один раз, каждый день или по выбранным дням</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Remove maintenance window</source>
        <translation>Удаление окна обслуживания</translation>
    </message>
    <message>
        <source>Remove the maintenance window &quot;%1&quot; from the workspace? Alerts go out again at its times.</source>
        <translation>Удалить окно обслуживания «%1» из рабочего пространства? В его время снова будут приходить оповещения.</translation>
    </message>
    <message>
        <source>The window was not removed: %1</source>
        <translation>Окно не удалено: %1</translation>
    </message>
    <message>
        <source>over</source>
        <translation>прошло</translation>
    </message>
    <message>
        <source>started here</source>
        <translation>начато здесь</translation>
    </message>
    <message>
        <source>once</source>
        <translation>один раз</translation>
    </message>
    <message>
        <source>every day at %1</source>
        <translation>каждый день в %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 в %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Now or next</source>
        <translation>Сейчас или следующее</translation>
    </message>
    <message>
        <source>in effect until %1</source>
        <translation>действует до %1</translation>
    </message>
    <message>
        <source>next %1 – %2</source>
        <translation>следующее %1 – %2</translation>
    </message>
</context>
<context>
    <name>dozor::MaintenanceWindowDialog</name>
    <message>
        <source>Add maintenance window</source>
        <translation>Новое окно обслуживания</translation>
    </message>
    <message>
        <source>Edit maintenance window</source>
        <translation>Изменение окна обслуживания</translation>
    </message>
    <message>
        <source>A short name the journal and the command line show</source>
        <translation>Короткое имя, которое показывают журнал и командная строка</translation>
    </message>
    <message>
        <source>All servers</source>
        <translation>Все серверы</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Один раз</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Каждый день</translation>
    </message>
    <message>
        <source>On chosen days of the week</source>
        <translation>По выбранным дням недели</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>This computer&apos;s (%1)</source>
        <translation>Как на этом компьютере (%1)</translation>
    </message>
    <message>
        <source>The window keeps its time of day in this zone (an IANA name such as Europe/Moscow), wherever this computer is</source>
        <translation>Окно держит своё время суток в этом поясе (имя IANA, например Europe/Moscow), где бы ни находился этот компьютер</translation>
    </message>
    <message>
        <source>e.g. nightly backup, kernel updates</source>
        <translation>например, ночной бэкап, обновление ядра</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>П&amp;овтор:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Н&amp;ачало:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;До:</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>Д&amp;ни:</translation>
    </message>
    <message>
        <source>&amp;At:</source>
        <translation>Во ско&amp;лько:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>Дл&amp;ительность:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Часовой по&amp;яс:</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>Unknown time zone: use a name from the list.</source>
        <translation>Неизвестный часовой пояс: выберите имя из списка.</translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation>Выберите хотя бы один день.</translation>
    </message>
    <message>
        <source>In effect now, until %1.</source>
        <translation>Действует сейчас, до %1.</translation>
    </message>
    <message>
        <source>Next: %1 – %2 (this computer&apos;s time).</source>
        <translation>Следующее: %1 – %2 (время этого компьютера).</translation>
    </message>
    <message>
        <source>Next: %1 – %2.</source>
        <translation>Следующее: %1 – %2.</translation>
    </message>
    <message>
        <source>This window is over.</source>
        <translation>Это окно уже прошло.</translation>
    </message>
    <message>
        <source>Not within the next eight days.</source>
        <translation>В ближайшие восемь дней не наступит.</translation>
    </message>
    <message>
        <source>is already used by another window</source>
        <translation>уже занято другим окном</translation>
    </message>
    <message>
        <source>Until must be later than From.</source>
        <translation>«До» должно быть позже «Начала».</translation>
    </message>
</context>
<context>
    <name>dozor::MonitorEngine</name>
    <message>
        <source>monitoring is not running</source>
        <translation>мониторинг не запущен</translation>
    </message>
    <message>
        <source>there is no open maintenance window %1</source>
        <translation>открытого окна обслуживания %1 нет</translation>
    </message>
    <message>
        <source>monitoring has stopped</source>
        <translation>наблюдение остановлено</translation>
    </message>
</context>
<context>
    <name>dozor::OverviewModel</name>
    <message>
        <source>waiting for the first result…</source>
        <translation>ожидание первого результата…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Последний час</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Длится</translation>
    </message>
    <message numerus="yes">
        <source>%1 — pending: failing, but not for %n run(s) in a row yet, so no incident and no alert.
%2</source>
        <translation>
            <numerusform>%1 — ожидание: сбой, но ещё не %n запуск подряд, поэтому нет ни инцидента, ни оповещения.
%2</numerusform>
            <numerusform>%1 — ожидание: сбой, но ещё не %n запуска подряд, поэтому нет ни инцидента, ни оповещения.
%2</numerusform>
            <numerusform>%1 — ожидание: сбой, но ещё не %n запусков подряд, поэтому нет ни инцидента, ни оповещения.
%2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, pending</source>
        <translation>%1, ожидание</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ожидание</translation>
    </message>
    <message>
        <source>—</source>
        <comment>uptime: nothing observed</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Up share of the time Dozor observed this check (its own incidents and its server being unreachable count as down; time not watched does not count)</source>
        <translation>Доля времени в работе из времени, когда Dozor наблюдал эту проверку (её собственные инциденты и недоступность сервера считаются простоем; время без наблюдения не считается)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the last %n result(s) failed</source>
        <translation>
            <numerusform>%1 из последнего %n результата — сбой</numerusform>
            <numerusform>%1 из последних %n результатов — сбой</numerusform>
            <numerusform>%1 из последних %n результатов — сбой</numerusform>
        </translation>
    </message>
    <message>
        <source>Last results</source>
        <translation>Последние результаты</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 ч</translation>
    </message>
    <message>
        <source>30 d</source>
        <translation>30 д</translation>
    </message>
</context>
<context>
    <name>dozor::OverviewPage</name>
    <message>
        <source>Show only servers with this tag</source>
        <translation>Показывать только серверы с этой меткой</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любое состояние</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>Только проблемы</translation>
    </message>
    <message>
        <source>Hide checks that are OK (Ctrl+P)</source>
        <translation>Скрыть проверки в состоянии OK (Ctrl+P)</translation>
    </message>
    <message>
        <source>Add server…</source>
        <translation>Добавить сервер…</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Все метки</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s)</source>
        <translation>
            <numerusform>%n проверка</numerusform>
            <numerusform>%n проверки</numerusform>
            <numerusform>%n проверок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n проблема</numerusform>
            <numerusform>%n проблемы</numerusform>
            <numerusform>%n проблем</numerusform>
        </translation>
    </message>
    <message>
        <source>Add check…</source>
        <translation>Добавить проверку…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dozor is watching this computer.&lt;/b&gt; Add your servers and websites to watch them too: Dozor checks them over SSH and HTTP(S) and keeps the history on this computer.</source>
        <translation>&lt;b&gt;Dozor следит за этим компьютером.&lt;/b&gt; Добавьте свои серверы и сайты, чтобы следить и за ними: Dozor проверяет их по SSH и HTTP(S) и хранит историю на этом компьютере.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n check(s) shown</source>
        <translation>
            <numerusform>показана %1 из %n проверки</numerusform>
            <numerusform>показано %1 из %n проверок</numerusform>
            <numerusform>показано %1 из %n проверок</numerusform>
        </translation>
    </message>
    <message>
        <source>no problems</source>
        <translation>проблем нет</translation>
    </message>
    <message>
        <source>Filter by server or check (Ctrl+F)</source>
        <translation>Фильтр по серверу или проверке (Ctrl+F)</translation>
    </message>
    <message>
        <source>Also in &amp;reasons</source>
        <translation>Также в &amp;причинах</translation>
    </message>
    <message>
        <source>Match the filter text inside the Why column as well</source>
        <translation>Искать текст фильтра и в столбце «Почему»</translation>
    </message>
    <message>
        <source>Group by server</source>
        <translation>По серверам</translation>
    </message>
    <message>
        <source>Show the checks under their servers (Ctrl+G)</source>
        <translation>Показать проверки, сгруппированные по серверам (Ctrl+G)</translation>
    </message>
</context>
<context>
    <name>dozor::RecipeDialog</name>
    <message>
        <source>Add deploy recipe</source>
        <translation>Новый рецепт развёртывания</translation>
    </message>
    <message>
        <source>Edit deploy recipe</source>
        <translation>Изменить рецепт развёртывания</translation>
    </message>
    <message>
        <source>The recipe&apos;s name on the Deploy button and the command line (dozor deploy SERVER ID)</source>
        <translation>Имя рецепта на кнопке развёртывания и в командной строке (dozor deploy SERVER ID)</translation>
    </message>
    <message>
        <source>Static site built on this computer</source>
        <translation>Статический сайт, собираемый на этом компьютере</translation>
    </message>
    <message>
        <source>App on the server (git, virtualenv, migrations)</source>
        <translation>Приложение на сервере (git, virtualenv, миграции)</translation>
    </message>
    <message>
        <source>Steps only</source>
        <translation>Только шаги</translation>
    </message>
    <message>
        <source>The folder on the server that holds releases/ and the link current (point nginx or gunicorn at PATH/current)</source>
        <translation>Папка на сервере, где лежат releases/ и ссылка current (укажите nginx или gunicorn на PATH/current)</translation>
    </message>
    <message>
        <source>Who owns every file of a release (chown -R; as root or through sudo -n)</source>
        <translation>Владелец всех файлов релиза (chown -R; от root или через sudo -n)</translation>
    </message>
    <message>
        <source>The group of every file of a release</source>
        <translation>Группа всех файлов релиза</translation>
    </message>
    <message>
        <source>Every file&apos;s mode</source>
        <translation>Права каждого файла</translation>
    </message>
    <message>
        <source>Every folder&apos;s mode</source>
        <translation>Права каждой папки</translation>
    </message>
    <message>
        <source>Run here before the upload (sh -c, in the project folder); empty: no build</source>
        <translation>Выполняется здесь перед загрузкой (sh -c, в папке проекта); пусто: без сборки</translation>
    </message>
    <message>
        <source>This computer&apos;s folder the build runs in (empty: the workspace file&apos;s folder)</source>
        <translation>Папка на этом компьютере, где выполняется сборка (пусто: папка файла рабочего пространства)</translation>
    </message>
    <message>
        <source>The folder the build fills, uploaded (under the project folder, or absolute)</source>
        <translation>Папка, которую заполняет сборка и которая загружается (внутри папки проекта или абсолютный путь)</translation>
    </message>
    <message>
        <source>The git repository the server clones (empty: the live release&apos;s origin)</source>
        <translation>Git-репозиторий, который клонирует сервер (пусто: origin рабочего релиза)</translation>
    </message>
    <message>
        <source>The branch, tag or commit deployed by default</source>
        <translation>Ветка, тег или коммит по умолчанию</translation>
    </message>
    <message>
        <source>The virtualenv the requirements go into (empty: PATH/venv)</source>
        <translation>Virtualenv для зависимостей (пусто: PATH/venv)</translation>
    </message>
    <message>
        <source>The systemd unit restarted after the swap</source>
        <translation>Юнит systemd, перезапускаемый после переключения</translation>
    </message>
    <message>
        <source>Without systemd: the command that restarts the service (words; quote a word with spaces)</source>
        <translation>Без systemd: команда перезапуска службы (слова; слово с пробелами — в кавычках)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Backed up first (an app: before the migrations)</source>
        <translation>Резервная копия делается сначала (для приложения — перед миграциями)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>How long the server&apos;s checks may take to pass after the swap before the deploy is rolled back</source>
        <translation>Сколько проверки сервера могут проходить после переключения, прежде чем развёртывание откатится</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Timeout (s)</source>
        <translation>Тайм-аут (с)</translation>
    </message>
    <message>
        <source>On failure</source>
        <translation>При ошибке</translation>
    </message>
    <message>
        <source>Safe to cancel</source>
        <translation>Можно отменить</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>&amp;Добавить шаг</translation>
    </message>
    <message>
        <source>Re&amp;move step</source>
        <translation>&amp;Удалить шаг</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Requests run in order after the deploy (JSON): each passes on its status and keyword; &quot;take&quot; reads a value of the answer for the requests after it</source>
        <translation>Запросы выполняются по порядку после развёртывания (JSON): каждый проходит по статусу и ключевому слову; «take» берёт значение из ответа для следующих запросов</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Path on the server:</source>
        <translation>&amp;Путь на сервере:</translation>
    </message>
    <message>
        <source>Re&amp;leases kept:</source>
        <translation>Хранить &amp;релизов:</translation>
    </message>
    <message>
        <source>Build comma&amp;nd:</source>
        <translation>Команда &amp;сборки:</translation>
    </message>
    <message>
        <source>Pro&amp;ject folder:</source>
        <translation>Папка пр&amp;оекта:</translation>
    </message>
    <message>
        <source>&amp;Build folder:</source>
        <translation>Папка с&amp;борки:</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>Р&amp;епозиторий:</translation>
    </message>
    <message>
        <source>R&amp;ef:</source>
        <translation>&amp;Ref:</translation>
    </message>
    <message>
        <source>&amp;Virtualenv:</source>
        <translation>&amp;Virtualenv:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Вл&amp;аделец:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Группа:</translation>
    </message>
    <message>
        <source>File mode:</source>
        <translation>Права файлов:</translation>
    </message>
    <message>
        <source>Folder mode:</source>
        <translation>Права папок:</translation>
    </message>
    <message>
        <source>Restart &amp;unit:</source>
        <translation>&amp;Юнит перезапуска:</translation>
    </message>
    <message>
        <source>Restart &amp;command:</source>
        <translation>Ко&amp;манда перезапуска:</translation>
    </message>
    <message>
        <source>Back up &amp;first:</source>
        <translation>Резервная копия &amp;заранее:</translation>
    </message>
    <message>
        <source>Checks may &amp;take:</source>
        <translation>Проверки &amp;ждать:</translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation>&amp;Шаги:</translation>
    </message>
    <message>
        <source>Smoke re&amp;quests:</source>
        <translation>&amp;Контрольные запросы:</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>остановить</translation>
    </message>
    <message>
        <source>roll back</source>
        <translation>откатить</translation>
    </message>
    <message>
        <source>continue</source>
        <translation>продолжить</translation>
    </message>
    <message>
        <source>is not JSON: %1 (at character %2)</source>
        <translation>не JSON: %1 (в символе %2)</translation>
    </message>
    <message>
        <source>is already a recipe of this server</source>
        <translation>уже есть у этого сервера</translation>
    </message>
</context>
<context>
    <name>dozor::RemediationFields</name>
    <message>
        <source>When it fails</source>
        <translation>При сбое</translation>
    </message>
    <message>
        <source>Also everything inside (chown/chmod -R)</source>
        <translation>Также всё внутри (chown/chmod -R)</translation>
    </message>
    <message>
        <source>Through sudo -n (no password prompt; needs a sudoers rule)</source>
        <translation>Через sudo -n (без запроса пароля; нужно правило в sudoers)</translation>
    </message>
    <message>
        <source>Do it automatically when the incident opens</source>
        <translation>Выполнять автоматически при открытии инцидента</translation>
    </message>
    <message>
        <source>Nothing (just alert)</source>
        <translation>Ничего (только оповещение)</translation>
    </message>
    <message>
        <source>Restart a systemd unit</source>
        <translation>Перезапустить юнит systemd</translation>
    </message>
    <message>
        <source>Fix a path&apos;s owner and mode</source>
        <translation>Исправить владельца и права пути</translation>
    </message>
    <message>
        <source>Run a command</source>
        <translation>Выполнить команду</translation>
    </message>
    <message>
        <source>e.g. gunicorn</source>
        <translation>например, gunicorn</translation>
    </message>
    <message>
        <source>e.g. /srv/www/site</source>
        <translation>например /srv/www/site</translation>
    </message>
    <message>
        <source>unchanged; or e.g. www-data</source>
        <translation>без изменений; или, например, www-data</translation>
    </message>
    <message>
        <source>unchanged; or e.g. 755</source>
        <translation>без изменений; или, например, 755</translation>
    </message>
    <message>
        <source>a shell command run by the login account</source>
        <translation>команда оболочки, выполняемая учётной записью входа</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Действие:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Юнит:</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Путь:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Владелец:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Группа:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>П&amp;рава:</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>&amp;Команда:</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>Попыток:</translation>
    </message>
    <message>
        <source> at most</source>
        <translation> не более</translation>
    </message>
</context>
<context>
    <name>dozor::RemoteShell</name>
    <message>
        <source>not connected</source>
        <translation>нет подключения</translation>
    </message>
    <message>
        <source>the server refused a channel for the shell: %1</source>
        <translation>сервер отказал в канале для оболочки: %1</translation>
    </message>
    <message>
        <source>the server refused to start /bin/sh: %1</source>
        <translation>сервер отказался запустить /bin/sh: %1</translation>
    </message>
    <message>
        <source>the server ended /bin/sh at once (a forced command or a restricted account?): %1</source>
        <translation>сервер сразу завершил /bin/sh (принудительная команда или ограниченная учётная запись?): %1</translation>
    </message>
    <message>
        <source>/bin/sh on the server did not answer within %1 s</source>
        <translation>/bin/sh на сервере не ответил за %1 с</translation>
    </message>
    <message>
        <source>/bin/sh on the server did not start: %1</source>
        <translation>/bin/sh на сервере не запустился: %1</translation>
    </message>
    <message>
        <source>cannot send the script: %1</source>
        <translation>не удаётся отправить скрипт: %1</translation>
    </message>
    <message>
        <source>the shell&apos;s answer was garbled</source>
        <translation>ответ оболочки искажён</translation>
    </message>
    <message>
        <source>the shell on the server exited during the run</source>
        <translation>оболочка на сервере завершилась во время выполнения</translation>
    </message>
</context>
<context>
    <name>dozor::RestorePreviewDialog</name>
    <message>
        <source>Preview &amp;again</source>
        <translation>Просмотреть &amp;снова</translation>
    </message>
    <message>
        <source>Restore preview — %1</source>
        <translation>Предпросмотр восстановления — %1</translation>
    </message>
    <message>
        <source>Read the backup and the live side on the server again</source>
        <translation>Заново прочитать копию и живые данные на сервере</translation>
    </message>
</context>
<context>
    <name>dozor::RestorePreviewModel</name>
    <message>
        <source>folder</source>
        <translation>папка</translation>
    </message>
    <message>
        <source>link → %1</source>
        <translation>ссылка → %1</translation>
    </message>
    <message>
        <source>special file</source>
        <translation>особый файл</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Перезаписать</translation>
    </message>
    <message>
        <source>Metadata only</source>
        <translation>Только метаданные</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>%1
%2
backup: %3
live: %4</source>
        <translation>%1
%2
копия: %3
сейчас: %4</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Путь</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>In the backup</source>
        <translation>В копии</translation>
    </message>
    <message>
        <source>Live now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>folder · not listed in the archive: made by extracting it</source>
        <translation>папка · в архиве не указана: создаётся при распаковке</translation>
    </message>
</context>
<context>
    <name>dozor::RestorePreviewView</name>
    <message>
        <source>Show or hide what the restore would %1</source>
        <translation>Показать или скрыть то, что восстановление сделает: %1</translation>
    </message>
    <message>
        <source>Search by path (Ctrl+F)</source>
        <translation>Поиск по пути (Ctrl+F)</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Rows in the backup</source>
        <translation>Строк в копии</translation>
    </message>
    <message>
        <source>Rows live now</source>
        <translation>Строк сейчас</translation>
    </message>
    <message>
        <source>What the dump holds</source>
        <translation>Что содержит дамп</translation>
    </message>
    <message>
        <source>&lt;b&gt;What restoring %1 (%2) would change on %3&lt;/b&gt;</source>
        <translation>&lt;b&gt;Что изменит на %3 восстановление %1 (%2)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reading the backup and the live side on %1… This only reads: nothing on the server changes.</source>
        <translation>Чтение копии и живых данных на %1… Только чтение: на сервере ничего не меняется.</translation>
    </message>
    <message>
        <source>The preview could not be made: %1</source>
        <translation>Предпросмотр не удался: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;What restoring %1 (%2) would change in %3 on %4&lt;/b&gt;</source>
        <translation>&lt;b&gt;Что изменит в %3 на %4 восстановление %1 (%2)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>From the backup&apos;s folder %1.</source>
        <translation>Из папки копии %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n other entries of the backup are not restored.</source>
        <translation>
            <numerusform>%n другая запись копии не восстанавливается.</numerusform>
            <numerusform>%n другие записи копии не восстанавливаются.</numerusform>
            <numerusform>%n других записей копии не восстанавливаются.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing on the server was changed.</source>
        <translation>На сервере ничего не изменено.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This backup cannot be restored as it is:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Эту копию нельзя восстановить в таком виде:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read with warnings:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Прочитано с предупреждениями:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>— (none)</source>
        <translation>— (нет)</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) with data.</source>
        <translation>
            <numerusform>%n таблица с данными.</numerusform>
            <numerusform>%n таблицы с данными.</numerusform>
            <numerusform>%n таблиц с данными.</numerusform>
        </translation>
    </message>
    <message>
        <source>The restore needs %1 on the server for the restored copy, staged beside the live one (the live one is moved aside, not copied); %2 is free there.</source>
        <translation>Восстановлению нужно %1 на сервере для восстановленных данных рядом с живыми (живые переносятся в сторону, а не копируются); свободно там %2.</translation>
    </message>
    <message>
        <source>The restore needs %1 on the server.</source>
        <translation>Восстановлению нужно %1 на сервере.</translation>
    </message>
</context>
<context>
    <name>dozor::RestoreWizard</name>
    <message>
        <source>Restore a backup</source>
        <translation>Восстановление копии</translation>
    </message>
    <message>
        <source>Which backup</source>
        <translation>Какая копия</translation>
    </message>
    <message>
        <source>Pick the backup to put back. Nothing on the server changes until you type its name on the confirmation page.</source>
        <translation>Выберите копию для восстановления. На сервере ничего не изменится, пока вы не введёте его имя на странице подтверждения.</translation>
    </message>
    <message>
        <source>&amp;Finish it</source>
        <translation>&amp;Завершить его</translation>
    </message>
    <message>
        <source>&amp;Roll it back</source>
        <translation>&amp;Откатить его</translation>
    </message>
    <message>
        <source>&amp;Source (and where it restores to):</source>
        <translation>&amp;Источник (и куда он восстанавливается):</translation>
    </message>
    <message>
        <source>&amp;Backup (newest first):</source>
        <translation>&amp;Копия (новые первыми):</translation>
    </message>
    <message>
        <source>No backup source has a &quot;restore_to&quot;: set the live folder or database file a source restores into (README, Restore).</source>
        <translation>Ни у одного источника нет &quot;restore_to&quot;: укажите живую папку или файл базы, в которые восстанавливается источник (README, Restore).</translation>
    </message>
    <message>
        <source>Looking for a restore left unfinished on the server…</source>
        <translation>Поиск незавершённого восстановления на сервере…</translation>
    </message>
    <message>
        <source>&lt;b&gt;A restore of %1 (%2, started %3) was not finished&lt;/b&gt;: the connection was lost or Dozor stopped while it ran. %4 Finish it, or roll it back to how the folder was before it; a new restore waits until then.</source>
        <translation>&lt;b&gt;Восстановление %1 (%2, начато %3) не завершено&lt;/b&gt;: связь прервалась или Dozor остановился во время его выполнения. %4 Завершите его или откатите к тому, какой папка была до него; новое восстановление подождёт.</translation>
    </message>
    <message>
        <source>What to restore</source>
        <translation>Что восстановить</translation>
    </message>
    <message>
        <source>All of it replaces the whole folder; a part replaces only the paths you name (relative to the folder). A database is restored whole.</source>
        <translation>Целиком — заменяется вся папка; часть — только указанные пути (относительно папки). База данных восстанавливается целиком.</translation>
    </message>
    <message>
        <source>&amp;Everything</source>
        <translation>&amp;Всё</translation>
    </message>
    <message>
        <source>&amp;Only these paths, one per line:</source>
        <translation>&amp;Только эти пути, по одному в строке:</translation>
    </message>
    <message>
        <source>What would change</source>
        <translation>Что изменится</translation>
    </message>
    <message>
        <source>Read on the server just now; nothing there has changed. Anything listed in the red box blocks the restore.</source>
        <translation>Прочитано на сервере только что; там ничего не изменилось. Всё, что в красной рамке, блокирует восстановление.</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Every command below runs in this order on the server; if one fails, the steps done so far are undone, newest first. The live copy is never deleted: it is moved aside and kept.</source>
        <translation>Каждая команда ниже выполняется на сервере в этом порядке; если одна из них не удастся, выполненные шаги отменяются, начиная с последнего. Живые данные никогда не удаляются: они переносятся в сторону и хранятся.</translation>
    </message>
    <message>
        <source>%1 has no checks: nothing will confirm that the restored service works. Add an HTTP check of the site to be sure.</source>
        <translation>у %1 нет проверок: ничто не подтвердит, что восстановленный сервис работает. Добавьте HTTP-проверку сайта, чтобы быть уверенным.</translation>
    </message>
    <message>
        <source>The server&apos;s checks pass now: if they fail after the restore, everything is put back.</source>
        <translation>Проверки сервера сейчас проходят: если после восстановления они не пройдут, всё будет возвращено.</translation>
    </message>
    <message>
        <source>The server&apos;s checks fail now: if they still fail after the restore, the restored state is kept and the result says so.</source>
        <translation>Проверки сервера сейчас не проходят: если они не пройдут и после восстановления, восстановленное состояние останется, и итог об этом скажет.</translation>
    </message>
    <message>
        <source>No plan: %1</source>
        <translation>Плана нет: %1</translation>
    </message>
    <message>
        <source>Running the server&apos;s checks once, to know how it is before…</source>
        <translation>Однократный запуск проверок сервера, чтобы знать его состояние до восстановления…</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>The restore stops the services it names, swaps the restored copy in and starts them again.</source>
        <translation>Восстановление остановит указанные сервисы, подменит живые данные восстановленными и снова запустит сервисы.</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 on &lt;b&gt;%2&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Type the server&apos;s name, &lt;b&gt;%2&lt;/b&gt;, to go ahead:&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 на &lt;b&gt;%2&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Чтобы продолжить, введите имя сервера, &lt;b&gt;%2&lt;/b&gt;:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <source>You can close this window: the job goes on, and the Jobs page shows it. Cancel stops it at the next safe point and puts back what was done.</source>
        <translation>Это окно можно закрыть: задание продолжится, его покажет страница «Задания». Отмена остановит его в ближайшей безопасной точке и вернёт сделанное.</translation>
    </message>
    <message>
        <source>&amp;Cancel the restore</source>
        <translation>&amp;Отменить восстановление</translation>
    </message>
    <message>
        <source>Cancelling: the running step ends at a safe point, then what was done is undone…</source>
        <translation>Отмена: текущий шаг завершится в безопасной точке, затем сделанное будет отменено…</translation>
    </message>
    <message>
        <source>Undoing: %1</source>
        <translation>Отмена: %1</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Шаг %1 из %2: %3</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Готово: %1.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <source>The restore did not start: %1</source>
        <translation>Восстановление не запущено: %1</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Rolled back.&lt;/b&gt; The folder is as it was before the restore.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Откат выполнен.&lt;/b&gt; Папка такая же, как до восстановления.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Restored.&lt;/b&gt; %1 is back in %2, and the server&apos;s checks pass (or it has none).&lt;/p&gt;&lt;p&gt;The copy from before the restore is kept in %3: delete it when you are satisfied.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Восстановлено.&lt;/b&gt; %1 снова в %2, проверки сервера проходят (или их нет).&lt;/p&gt;&lt;p&gt;Данные до восстановления сохранены в %3: удалите их, когда убедитесь, что всё в порядке.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Nothing changed in the end:&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Every step done was undone and the services started again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;В итоге ничего не изменилось:&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Все выполненные шаги отменены, сервисы снова запущены.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The restore stopped:&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Look at the server. Open this wizard again to finish it or roll it back (or dozor restore rollback %2).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Восстановление остановилось:&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Проверьте сервер. Откройте этот мастер снова, чтобы завершить или откатить его (или dozor restore rollback %2).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This finishes the restore that was cut off: the swap where it stopped, the services, the server&apos;s checks.</source>
        <translation>Это завершит прерванное восстановление: подмену с места остановки, сервисы, проверки сервера.</translation>
    </message>
    <message>
        <source>This puts back what the restore that was cut off replaced, and starts the services again.</source>
        <translation>Это вернёт то, что заменило прерванное восстановление, и снова запустит сервисы.</translation>
    </message>
    <message>
        <source>This finishes or rolls back the restore that was cut off, as the plan on the previous page says.</source>
        <translation>Это завершит или откатит прерванное восстановление, как сказано в плане на предыдущей странице.</translation>
    </message>
    <message>
        <source>Restore a backup (for incident %1)</source>
        <translation>Восстановление копии (для инцидента %1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot start a restore of this source now:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Сейчас нельзя начать восстановление этого источника:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>A rollback of it had begun: it can only be rolled back.</source>
        <translation>Его откат уже начат: его можно только откатить.</translation>
    </message>
    <message>
        <source>It had begun to swap the restored copy in.</source>
        <translation>Оно начало подменять живые данные восстановленными.</translation>
    </message>
    <message>
        <source>It had not changed anything live yet.</source>
        <translation>Оно ещё не изменило живые данные.</translation>
    </message>
    <message>
        <source>The last restore of %1 (%2, started %3) finished. The copy from before it is kept in %4: &lt;i&gt;Roll it back&lt;/i&gt; puts it back (the restored copy is kept aside).</source>
        <translation>Последнее восстановление %1 (%2, начато %3) завершено. Прежняя копия хранится в %4: &lt;i&gt;Откатить его&lt;/i&gt; возвращает её (восстановленная копия откладывается в сторону).</translation>
    </message>
    <message>
        <source>This puts back what the last restore replaced (its copy from before), keeps what it restored aside, and starts the services again.</source>
        <translation>Это вернёт то, что заменило последнее восстановление (его прежнюю копию), отложит восстановленное в сторону и снова запустит сервисы.</translation>
    </message>
    <message>
        <source>&amp;Roll it back…</source>
        <translation>&amp;Откатить…</translation>
    </message>
    <message>
        <source>Put back the copy from before this restore (the plan is shown first)</source>
        <translation>Вернуть копию, бывшую до этого восстановления (сначала будет показан план)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Cannot roll it back from here: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Отсюда откатить нельзя: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>the server holds no record of this restore any more</source>
        <translation>на сервере больше нет записи об этом восстановлении</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Restored, but the server&apos;s checks still fail.&lt;/b&gt; They were failing before the restore too, so the restored state is kept: look at the server, or roll it back.&lt;/p&gt;&lt;p&gt;The copy from before the restore is kept in %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Восстановлено, но проверки сервера всё ещё не проходят.&lt;/b&gt; Они не проходили и до восстановления, поэтому восстановленное состояние оставлено: проверьте сервер или откатите восстановление.&lt;/p&gt;&lt;p&gt;Данные до восстановления сохранены в %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;What the restore had put in place is kept in %1: delete it when you no longer need it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;То, что восстановление поставило на место, хранится в %1: удалите это, когда оно больше не нужно.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>another restore is under way there or was cut off: open this wizard again to finish it or roll it back</source>
        <translation>там идёт или было прервано другое восстановление: откройте мастер снова, чтобы завершить или откатить его</translation>
    </message>
    <message>
        <source>the server&apos;s record is of a later restore (started %1)</source>
        <translation>запись на сервере относится к более позднему восстановлению (начато %1)</translation>
    </message>
</context>
<context>
    <name>dozor::RouteDialog</name>
    <message>
        <source>Critical</source>
        <translation>Критично</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Информация</translation>
    </message>
    <message>
        <source>%1%2 → %3</source>
        <translation>%1%2 → %3</translation>
    </message>
    <message>
        <source>every level</source>
        <translation>любой уровень</translation>
    </message>
    <message>
        <source>, tagged %1</source>
        <translation>, с меткой %1</translation>
    </message>
    <message>
        <source>Add alert route</source>
        <translation>Новый маршрут оповещений</translation>
    </message>
    <message>
        <source>Edit alert route</source>
        <translation>Изменение маршрута оповещений</translation>
    </message>
    <message>
        <source>None ticked: alerts of every level</source>
        <translation>Ничего не отмечено: оповещения любого уровня</translation>
    </message>
    <message>
        <source>every server; or e.g. production, shop</source>
        <translation>любой сервер; или, например, production, shop</translation>
    </message>
    <message>
        <source>&amp;Levels:</source>
        <translation>&amp;Уровни:</translation>
    </message>
    <message>
        <source>Servers &amp;tagged:</source>
        <translation>Серверы с &amp;метками:</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>&amp;Отправлять в:</translation>
    </message>
    <message>
        <source>An alert goes to the channels of every route that matches it; with no routes at all, every alert goes to every channel.</source>
        <translation>Оповещение уходит в каналы каждого подходящего маршрута; если маршрутов нет, каждое оповещение уходит во все каналы.</translation>
    </message>
    <message>
        <source>There are no channels yet: add one first.</source>
        <translation>Каналов пока нет: сначала добавьте канал.</translation>
    </message>
    <message>
        <source>tick at least one channel</source>
        <translation>отметьте хотя бы один канал</translation>
    </message>
</context>
<context>
    <name>dozor::Scheduler</name>
    <message>
        <source>remediation started by hand: %1</source>
        <translation>восстановление запущено вручную: %1</translation>
    </message>
    <message numerus="yes">
        <source>auto-recovery gave up: %1 did not help after %n attempt(s) within %2; it tries again after %3</source>
        <translation>
            <numerusform>автовосстановление сдалось: %1 не помогло после %n попытки за %2; следующая попытка после %3</numerusform>
            <numerusform>автовосстановление сдалось: %1 не помогло после %n попыток за %2; следующая попытка после %3</numerusform>
            <numerusform>автовосстановление сдалось: %1 не помогло после %n попыток за %2; следующая попытка после %3</numerusform>
        </translation>
    </message>
    <message>
        <source>AUTO-RECOVERY GAVE UP: %1</source>
        <translation>АВТОВОССТАНОВЛЕНИЕ СДАЛОСЬ: %1</translation>
    </message>
    <message>
        <source>auto-recovery attempt %1 of %2: %3</source>
        <translation>попытка автовосстановления %1 из %2: %3</translation>
    </message>
    <message>
        <source>%1 rebooted (booted %2)</source>
        <translation>%1 перезагружен (загрузка %2)</translation>
    </message>
    <message>
        <source>Dozor found %1 started again: it booted at %2, after the boot it had seen before.</source>
        <translation>Dozor обнаружил, что %1 запущен заново: загрузка в %2, после ранее замеченной загрузки.</translation>
    </message>
</context>
<context>
    <name>dozor::SecretStore</name>
    <message>
        <source>nothing is stored in the system keychain for it</source>
        <translation>в системной связке ключей для него ничего не сохранено</translation>
    </message>
    <message>
        <source>no system keychain is available (%1). On Linux Dozor needs the Secret Service of a running, unlocked GNOME Keyring or KWallet; it never stores secrets anywhere else</source>
        <translation>системная связка ключей недоступна (%1). В Linux Dozor нужен Secret Service запущенного и разблокированного GNOME Keyring или KWallet; больше нигде секреты не хранятся</translation>
    </message>
    <message>
        <source>the system keychain refused access (%1); unlock it and try again</source>
        <translation>системная связка ключей отказала в доступе (%1); разблокируйте её и повторите</translation>
    </message>
    <message>
        <source>the system keychain failed (%1). Dozor needs a running, unlocked keychain (on Linux GNOME Keyring or KWallet) and never stores secrets anywhere else</source>
        <translation>ошибка системной связки ключей (%1). Dozor нужна запущенная и разблокированная связка ключей (в Linux — GNOME Keyring или KWallet); больше нигде секреты не хранятся</translation>
    </message>
</context>
<context>
    <name>dozor::ServerBackups</name>
    <message>
        <source>Back &amp;up now</source>
        <translation>Создать &amp;копию</translation>
    </message>
    <message>
        <source>Show &amp;catalog…</source>
        <translation>Показать &amp;каталог…</translation>
    </message>
    <message>
        <source>Backup source</source>
        <translation>Источник копий</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Новейшая</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Make a new backup of the selected source now, then list and verify it (progress on the Jobs page)</source>
        <translation>Сделать новую копию выбранного источника сейчас, затем перечислить и проверить её (ход выполнения — на странице «Задания»)</translation>
    </message>
    <message>
        <source>Every backup of the selected source, on the Backups page</source>
        <translation>Все копии выбранного источника — на странице «Резервные копии»</translation>
    </message>
    <message>
        <source>&lt;b&gt;Backups&lt;/b&gt;</source>
        <translation>&lt;b&gt;Резервные копии&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Back up %1: %2</source>
        <translation>Копия %1: %2</translation>
    </message>
    <message>
        <source>Back up %1: started (job %2, on the Jobs page)</source>
        <translation>Копия %1: начата (задание %2, на странице «Задания»)</translation>
    </message>
    <message>
        <source>cannot read the catalog: %1</source>
        <translation>не удаётся прочитать каталог: %1</translation>
    </message>
</context>
<context>
    <name>dozor::ServerDeploys</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>&amp;Roll back…</source>
        <translation>&amp;Откатить…</translation>
    </message>
    <message>
        <source>Make a release that is still on the server live again (the one that was live before the last deploy, unless you pick another)</source>
        <translation>Снова сделать рабочим релиз, который ещё есть на сервере (тот, что работал до последнего развёртывания, если не выбрать другой)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начато</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Развёртывание</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Релизы</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Длилось</translation>
    </message>
    <message>
        <source>Double-click a deploy for its steps and log on the Jobs page</source>
        <translation>Двойной щелчок — шаги и журнал развёртывания на странице заданий</translation>
    </message>
    <message>
        <source>&lt;b&gt;Deploys&lt;/b&gt;</source>
        <translation>&lt;b&gt;Развёртывания&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Deploy %1…</source>
        <translation>Развернуть %1…</translation>
    </message>
    <message>
        <source>Build %1 here and upload what changed to %2 (what changes is shown first)</source>
        <translation>Собрать %1 здесь и загрузить изменённое в %2 (сначала показывается, что изменится)</translation>
    </message>
    <message>
        <source>Check out a ref of %1 on the server into %2 (the plan is shown first)</source>
        <translation>Получить ref %1 на сервере в %2 (сначала показывается план)</translation>
    </message>
    <message>
        <source>Run the steps of %1 (the plan is shown first)</source>
        <translation>Выполнить шаги %1 (сначала показывается план)</translation>
    </message>
    <message>
        <source>Cannot read the deploys of %1: %2</source>
        <translation>Не удаётся прочитать развёртывания %1: %2</translation>
    </message>
    <message>
        <source>Re&amp;cipes</source>
        <translation>Р&amp;ецепты</translation>
    </message>
    <message>
        <source>Add, edit or remove this server&apos;s deploy recipes</source>
        <translation>Добавить, изменить или удалить рецепты развёртывания этого сервера</translation>
    </message>
    <message>
        <source>No deploy recipes. &lt;i&gt;Recipes → Add a recipe…&lt;/i&gt; makes one: a static site built on this computer, an app on the server, or steps of your own.</source>
        <translation>Рецептов развёртывания нет. &lt;i&gt;Рецепты → Добавить рецепт…&lt;/i&gt; создаёт его: статический сайт, собираемый на этом компьютере, приложение на сервере или свои шаги.</translation>
    </message>
    <message>
        <source>&amp;Add a recipe…</source>
        <translation>&amp;Добавить рецепт…</translation>
    </message>
    <message>
        <source>&amp;Edit %1…</source>
        <translation>&amp;Изменить %1…</translation>
    </message>
    <message>
        <source>&amp;Remove %1…</source>
        <translation>&amp;Удалить %1…</translation>
    </message>
    <message>
        <source>Remove recipe</source>
        <translation>Удалить рецепт</translation>
    </message>
    <message>
        <source>Remove the deploy recipe %1 of %2 from the workspace? Its releases stay on the server and its deploys stay on record.</source>
        <translation>Удалить рецепт развёртывания %1 сервера %2 из рабочего пространства? Его релизы останутся на сервере, а развёртывания — в истории.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Recipe %1 added</source>
        <translation>Рецепт %1 добавлен</translation>
    </message>
    <message>
        <source>Recipe %1 saved</source>
        <translation>Рецепт %1 сохранён</translation>
    </message>
</context>
<context>
    <name>dozor::SettingsDialog</name>
    <message>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <source>Keep monitoring in the tray when the window is closed</source>
        <translation>Продолжать мониторинг в трее после закрытия окна</translation>
    </message>
    <message>
        <source>Show desktop notifications when a check turns bad or recovers</source>
        <translation>Показывать уведомления, когда проверка переходит в проблему или восстанавливается</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>This desktop has no system tray</source>
        <translation>В этой рабочей среде нет системного трея</translation>
    </message>
    <message>
        <source>A new language applies when Dozor is started again.</source>
        <translation>Новый язык применится при следующем запуске Dozor.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Рабочее пространство:</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>История:</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Общие</translation>
    </message>
    <message>
        <source>&amp;Known hosts</source>
        <translation>&amp;Известные хосты</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлое</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмное</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Оформление:</translation>
    </message>
</context>
<context>
    <name>dozor::SftpTreeSide</name>
    <message>
        <source>no such file or folder</source>
        <translation>нет такого файла или папки</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>доступ запрещён</translation>
    </message>
    <message>
        <source>it already exists</source>
        <translation>он уже существует</translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation>соединение потеряно</translation>
    </message>
    <message>
        <source>the server does not support this</source>
        <translation>сервер этого не поддерживает</translation>
    </message>
    <message>
        <source>the server refused (a full disk or quota, or a folder in the way)</source>
        <translation>сервер отказал (диск заполнен, исчерпана квота или мешает папка)</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>символическая ссылка</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>специальный файл</translation>
    </message>
    <message>
        <source>cannot read %1 on the server: %2</source>
        <translation>не удаётся прочитать %1 на сервере: %2</translation>
    </message>
    <message>
        <source>cannot write %1 on the server: %2</source>
        <translation>не удаётся записать %1 на сервере: %2</translation>
    </message>
    <message>
        <source>the server&apos;s SFTP service cannot be opened: %1</source>
        <translation>не удаётся открыть SFTP на сервере: %1</translation>
    </message>
    <message>
        <source>the server&apos;s SFTP service cannot be started (is the sftp subsystem enabled in sshd_config?): %1</source>
        <translation>не удаётся запустить SFTP на сервере (включена ли подсистема sftp в sshd_config?): %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>неизвестная ошибка</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>сервере</translation>
    </message>
    <message>
        <source>cannot look at %1 on the server: %2</source>
        <translation>не удаётся получить сведения о %1 на сервере: %2</translation>
    </message>
    <message>
        <source>cannot read the folder %1 on the server: %2</source>
        <translation>не удаётся прочитать папку %1 на сервере: %2</translation>
    </message>
    <message>
        <source>cannot make the folder %1 on the server: %2</source>
        <translation>не удаётся создать папку %1 на сервере: %2</translation>
    </message>
    <message>
        <source>cannot create %1 on the server: %2</source>
        <translation>не удаётся создать %1 на сервере: %2</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2 on the server: %3</source>
        <translation>не удаётся переименовать %1 в %2 на сервере: %3</translation>
    </message>
</context>
<context>
    <name>dozor::SshHost</name>
    <message>
        <source>cancelled: the connection to this server was closed</source>
        <translation>отменено: соединение с этим сервером закрыто</translation>
    </message>
</context>
<context>
    <name>dozor::SshHostWorker</name>
    <message>
        <source>waiting %1 s before connecting again; last attempt: %2</source>
        <translation>ожидание %1 с до нового подключения; последняя попытка: %2</translation>
    </message>
    <message>
        <source>connected; sampling on a persistent shell</source>
        <translation>подключено; замеры в постоянной оболочке</translation>
    </message>
    <message>
        <source>connection lost: %1</source>
        <translation>соединение потеряно: %1</translation>
    </message>
    <message>
        <source>no persistent shell on this server (%1); sampling with one login per sample, which costs the server more</source>
        <translation>на этом сервере нет постоянной оболочки (%1); каждый замер — отдельный вход, это дороже для сервера</translation>
    </message>
</context>
<context>
    <name>dozor::SshImportDialog</name>
    <message>
        <source>Import servers from SSH config</source>
        <translation>Импорт серверов из конфигурации SSH</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>SSH client config</source>
        <translation>Конфигурация клиента SSH</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 — already in the workspace</source>
        <translation>%1 — уже есть в рабочем пространстве</translation>
    </message>
    <message>
        <source>%1 names no hosts (only wildcard patterns, or nothing).</source>
        <translation>В %1 не названо ни одного хоста (только шаблоны или ничего).</translation>
    </message>
    <message>
        <source>Dozor takes Host, HostName, Port, User, IdentityFile and ProxyJump (jump hosts); hosts reached through a ProxyCommand are not imported, and nothing else in the file (host-key options) has any effect. Each host key is asked about on its first connection.</source>
        <translation>Dozor берёт Host, HostName, Port, User, IdentityFile и ProxyJump (промежуточные хосты); хосты за ProxyCommand не импортируются, и больше ничто в файле (параметры ключей хостов) не действует. О каждом ключе хоста спросят при первом подключении.</translation>
    </message>
    <message>
        <source>Add the standard host checks to each server (CPU, load, memory, disks, uptime)</source>
        <translation>Добавить каждому серверу стандартные проверки хоста (CPU, нагрузка, память, диски, время работы)</translation>
    </message>
</context>
<context>
    <name>dozor::SshSession</name>
    <message>
        <source>cannot create an SSH session (out of memory)</source>
        <translation>не удаётся создать SSH-сессию (нет памяти)</translation>
    </message>
    <message>
        <source>cannot connect to %1: no answer within %2 s</source>
        <translation>не удаётся подключиться к %1: нет ответа за %2 с</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>не удаётся подключиться к %1: %2</translation>
    </message>
    <message>
        <source>%1 sent no usable host key: %2</source>
        <translation>%1 не прислал пригодный ключ хоста: %2</translation>
    </message>
    <message>
        <source>REFUSED: the host key of %1 does not match the one on record. Known: %2. The server now presents: %3 %4. Either the server was reinstalled or its keys replaced, or someone is intercepting the connection. Nothing was sent to the server. If you know why the key changed, remove the old entry (Settings → Known hosts, or ssh-keygen -R &apos;%5&apos; -f FILE) and connect again.</source>
        <translation>ОТКАЗАНО: ключ хоста %1 не совпадает с сохранённым. Известен: %2. Сервер сейчас предъявляет: %3 %4. Либо сервер переустановили или заменили его ключи, либо кто-то перехватывает соединение. На сервер ничего не отправлено. Если вы знаете, почему ключ сменился, удалите старую запись (Настройки → Известные хосты или ssh-keygen -R &apos;%5&apos; -f ФАЙЛ) и подключитесь снова.</translation>
    </message>
    <message>
        <source>a different key</source>
        <translation>другой ключ</translation>
    </message>
    <message>
        <source>cannot check the host key of %1 against %2: %3</source>
        <translation>не удаётся сверить ключ хоста %1 с %2: %3</translation>
    </message>
    <message>
        <source>the host key of %1 is not known yet (%2 %3). Compare it with the server&apos;s (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub on the server) and accept it in Dozor, or run the command again with --accept-new-host-keys.</source>
        <translation>ключ хоста %1 ещё не известен (%2 %3). Сравните его с ключом сервера (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub на сервере) и примите его в Dozor или повторите команду с --accept-new-host-keys.</translation>
    </message>
    <message>
        <source>cannot remember the host key of %1: %2</source>
        <translation>не удаётся запомнить ключ хоста %1: %2</translation>
    </message>
    <message>
        <source>cannot log in to %1 with ssh-agent: no agent is running (SSH_AUTH_SOCK is not set). Start ssh-agent and add your key, or choose a key file.</source>
        <translation>не удаётся войти на %1 через ssh-agent: агент не запущен (SSH_AUTH_SOCK не задан). Запустите ssh-agent и добавьте ключ или выберите файл ключа.</translation>
    </message>
    <message>
        <source>none of the keys in ssh-agent was accepted</source>
        <translation>ни один ключ из ssh-agent не принят</translation>
    </message>
    <message>
        <source>cannot read the private key %1: the file is missing, not a key, or protected by a passphrase that was not given or is wrong</source>
        <translation>не удаётся прочитать закрытый ключ %1: файла нет, это не ключ или он защищён парольной фразой, которая не указана или неверна</translation>
    </message>
    <message>
        <source>the server refused the key %1</source>
        <translation>сервер отверг ключ %1</translation>
    </message>
    <message>
        <source>no password is stored for %1</source>
        <translation>для %1 не сохранён пароль</translation>
    </message>
    <message>
        <source>the server refused the password</source>
        <translation>сервер отверг пароль</translation>
    </message>
    <message>
        <source>your local user name</source>
        <translation>ваше локальное имя пользователя</translation>
    </message>
    <message>
        <source>cannot log in to %1 as %2: %3</source>
        <translation>не удаётся войти на %1 как %2: %3</translation>
    </message>
    <message>
        <source>cannot log in to %1 as %2: the server asks for a further authentication step, which Dozor does not support</source>
        <translation>не удаётся войти на %1 как %2: сервер требует дополнительный шаг аутентификации, который Dozor не поддерживает</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>нет подключения</translation>
    </message>
    <message>
        <source>the connection is gone: %1</source>
        <translation>соединение разорвано: %1</translation>
    </message>
    <message>
        <source>jump host %1: %2</source>
        <translation>промежуточный хост %1: %2</translation>
    </message>
    <message>
        <source>cannot read the private key %1: its passphrase could not be read: %2</source>
        <translation>не удаётся прочитать закрытый ключ %1: не удалось получить его парольную фразу: %2</translation>
    </message>
    <message>
        <source>cannot read the password for %1: %2</source>
        <translation>не удаётся получить пароль для %1: %2</translation>
    </message>
    <message>
        <source>jump host: %1</source>
        <translation>промежуточный хост: %1</translation>
    </message>
    <message>
        <source>%1 (through the jump host %2)</source>
        <translation>%1 (через промежуточный хост %2)</translation>
    </message>
    <message>
        <source>could not start: the server refused a new channel (its MaxSessions limit?)</source>
        <translation>не удалось запустить: сервер отказал в новом канале (его предел MaxSessions?)</translation>
    </message>
    <message>
        <source>could not start: the server refused a new channel: %1</source>
        <translation>не удалось запустить: сервер отказал в новом канале: %1</translation>
    </message>
    <message>
        <source>could not start: %1</source>
        <translation>не удалось запустить: %1</translation>
    </message>
    <message>
        <source>the key file %1 is not a file</source>
        <translation>файл ключа %1 не является файлом</translation>
    </message>
    <message>
        <source>key file not found: %1</source>
        <translation>файл ключа не найден: %1</translation>
    </message>
</context>
<context>
    <name>dozor::SshTunnel</name>
    <message>
        <source>jump hosts are not supported on Windows yet</source>
        <translation>промежуточные хосты в Windows пока не поддерживаются</translation>
    </message>
    <message>
        <source>cannot open a channel: %1</source>
        <translation>не удаётся открыть канал: %1</translation>
    </message>
    <message>
        <source>cannot reach %1:%2 from there: %3</source>
        <translation>оттуда не удаётся подключиться к %1:%2: %3</translation>
    </message>
    <message>
        <source>cannot make a local socket pair: %1</source>
        <translation>не удаётся создать пару локальных сокетов: %1</translation>
    </message>
    <message>
        <source>it does not allow forwarding to %1:%2 (AllowTcpForwarding or PermitOpen on it)</source>
        <translation>он не разрешает переадресацию на %1:%2 (AllowTcpForwarding или PermitOpen на нём)</translation>
    </message>
    <message>
        <source>cannot reach %1:%2 from there: the connection was refused or the host is unreachable</source>
        <translation>оттуда не удаётся подключиться к %1:%2: соединение отвергнуто или хост недоступен</translation>
    </message>
</context>
<context>
    <name>dozor::TargetDialog</name>
    <message>
        <source>This computer</source>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <source>A server reached over SSH</source>
        <translation>Сервер, доступный по SSH</translation>
    </message>
    <message>
        <source>Add server</source>
        <translation>Новый сервер</translation>
    </message>
    <message>
        <source>Edit server</source>
        <translation>Изменить сервер</translation>
    </message>
    <message>
        <source>e.g. Web shop (production)</source>
        <translation>например, Интернет-магазин (боевой)</translation>
    </message>
    <message>
        <source>A short name used in the workspace file, history and command line</source>
        <translation>Короткое имя для файла рабочего пространства, истории и командной строки</translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation>имя хоста или IP-адрес</translation>
    </message>
    <message>
        <source>login name (empty: your own)</source>
        <translation>имя пользователя (пусто — ваше собственное)</translation>
    </message>
    <message>
        <source>e.g. production, shop</source>
        <translation>например, production, shop</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Хост:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Метки:</translation>
    </message>
    <message>
        <source>is already used by another server</source>
        <translation>уже занят другим сервером</translation>
    </message>
    <message>
        <source>The key has a passphrase</source>
        <translation>Ключ защищён парольной фразой</translation>
    </message>
    <message>
        <source>ssh-agent</source>
        <translation>ssh-agent</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Файл закрытого ключа</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>e.g. ~/.ssh/id_ed25519</source>
        <translation>например ~/.ssh/id_ed25519</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Закрытый ключ</translation>
    </message>
    <message>
        <source>kept in the system keychain; empty keeps the stored one</source>
        <translation>хранится в системной связке ключей; пустое поле оставляет сохранённый</translation>
    </message>
    <message>
        <source>&amp;Log in with:</source>
        <translation>&amp;Вход через:</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>&amp;Файл ключа:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>Парольная &amp;фраза:</translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation>не сохранено: %1</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Проверить подключение</translation>
    </message>
    <message>
        <source>Connect, check the host key, log in and run the probe with the settings as entered, without saving them (Ctrl+T)</source>
        <translation>Подключиться, проверить ключ хоста, войти и выполнить пробу с введёнными настройками, не сохраняя их (Ctrl+T)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <source>The host key of %1 is not known yet.</source>
        <translation>Ключ хоста %1 ещё не известен.</translation>
    </message>
    <message>
        <source>✗ Stopped at the host key: not trusted, so nothing was sent to %1.</source>
        <translation>✗ Остановлено на ключе хоста: ему не доверено, поэтому на %1 ничего не отправлено.</translation>
    </message>
    <message>
        <source>✗ Cannot remember the host key: %1</source>
        <translation>✗ Не удаётся запомнить ключ хоста: %1</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>подключения</translation>
    </message>
    <message>
        <source>checking the host key</source>
        <translation>проверки ключа хоста</translation>
    </message>
    <message>
        <source>logging in</source>
        <translation>входа</translation>
    </message>
    <message>
        <source>running the probe</source>
        <translation>выполнения пробы</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>✗ Failed while %1: %2</source>
        <translation>✗ Сбой во время %1: %2</translation>
    </message>
    <message>
        <source>the stored secret could not follow the new id: %1</source>
        <translation>сохранённый секрет не удалось перенести на новый идентификатор: %1</translation>
    </message>
    <message>
        <source>The server was saved, but its old keychain entry could not be removed: %1</source>
        <translation>Сервер сохранён, но его прежнюю запись в связке ключей удалить не удалось: %1</translation>
    </message>
    <message>
        <source>none; or e.g. me@bastion.example:2222</source>
        <translation>нет; или, например, me@bastion.example:2222</translation>
    </message>
    <message>
        <source>Jump hosts (OpenSSH&apos;s ProxyJump) to pass through, in order, comma-separated. Each logs in with ssh-agent, or with the key file its entry names in the workspace file, and its host key is checked like the server&apos;s.</source>
        <translation>Промежуточные хосты (ProxyJump в OpenSSH), через которые идёт подключение, по порядку, через запятую. Каждый входит через ssh-agent или с файлом ключа, указанным в его записи в файле рабочего пространства, и его ключ хоста проверяется так же, как ключ сервера.</translation>
    </message>
    <message>
        <source>&amp;Jump hosts:</source>
        <translation>&amp;Промежуточные хосты:</translation>
    </message>
    <message>
        <source>Checks added with the server, with the default limits (change them later on the server&apos;s page)</source>
        <translation>Проверки, добавляемые вместе с сервером, с порогами по умолчанию (их можно изменить потом на странице сервера)</translation>
    </message>
    <message>
        <source>Add checks:</source>
        <translation>Добавить проверки:</translation>
    </message>
    <message>
        <source>%1 %2: %3 — %4</source>
        <translation>%1 %2: %3 — %4</translation>
    </message>
</context>
<context>
    <name>dozor::TargetPage</name>
    <message>
        <source>&amp;Edit server…</source>
        <translation>&amp;Изменить сервер…</translation>
    </message>
    <message>
        <source>Remove server…</source>
        <translation>Удалить сервер…</translation>
    </message>
    <message>
        <source>&amp;Add check…</source>
        <translation>&amp;Добавить проверку…</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>Выполнить сейчас</translation>
    </message>
    <message>
        <source>Run the selected check now (F5)</source>
        <translation>Выполнить выбранную проверку сейчас (F5)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 ч</translation>
    </message>
    <message>
        <source>6 h</source>
        <translation>6 ч</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 ч</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7 дн.</translation>
    </message>
    <message>
        <source>30 d</source>
        <translation>30 дн.</translation>
    </message>
    <message>
        <source>90 d</source>
        <translation>90 дн.</translation>
    </message>
    <message>
        <source>Show the last %1 (Alt+%2)</source>
        <translation>Показать последние %1 (Alt+%2)</translation>
    </message>
    <message>
        <source>No history recorded for this server yet. Charts appear after the first results.</source>
        <translation>Для этого сервера пока нет истории. Графики появятся после первых результатов.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <source>History not available: %1</source>
        <translation>История недоступна: %1</translation>
    </message>
    <message>
        <source>Uptime not available: %1</source>
        <translation>Доступность недоступна: %1</translation>
    </message>
    <message>
        <source>Not observed in this range: no uptime to show</source>
        <translation>В этом диапазоне наблюдений не было: доступность не показать</translation>
    </message>
    <message>
        <source> · MTTR %1</source>
        <translation> · MTTR %1</translation>
    </message>
    <message>
        <source> · not observed %1</source>
        <translation> · не наблюдалось %1</translation>
    </message>
    <message>
        <source>Down time counts the times this server could not be reached (not a failing check: each check&apos;s own uptime is in the table); time Dozor was not running or not checking is not observed, never up</source>
        <translation>Простоем считается время, когда сервер был недоступен (а не сбой отдельной проверки: доступность каждой проверки — в таблице); время, когда Dozor не работал или не проверял, не наблюдалось и никогда не считается работой</translation>
    </message>
    <message>
        <source>Uptime per check is in the table (24 h, 30 d).</source>
        <translation>Доступность каждой проверки — в таблице (24 ч, 30 д).</translation>
    </message>
    <message numerus="yes">
        <source>Reachable %1 of the observed time · %n outage(s)</source>
        <translation>
            <numerusform>Доступен %1 наблюдаемого времени · %n недоступность</numerusform>
            <numerusform>Доступен %1 наблюдаемого времени · %n недоступности</numerusform>
            <numerusform>Доступен %1 наблюдаемого времени · %n недоступностей</numerusform>
        </translation>
    </message>
    <message>
        <source>Status code and size</source>
        <translation>Код ответа и размер</translation>
    </message>
    <message>
        <source>Also chart each HTTP check&apos;s status code and response size</source>
        <translation>Показывать также графики кода ответа и размера ответа для HTTP-проверок</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>ЦП</translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation>LA %1</translation>
    </message>
    <message>
        <source>CPU % (left) and load average (right)</source>
        <translation>ЦП, % (слева) и средняя нагрузка (справа)</translation>
    </message>
</context>
<context>
    <name>dozor::TimeSeriesChart</name>
    <message>
        <source>No data in this range</source>
        <translation>Нет данных за этот период</translation>
    </message>
    <message>
        <source>min … max</source>
        <translation>мин … макс</translation>
    </message>
    <message>
        <source>(min %1, max %2)</source>
        <translation>(мин %1, макс %2)</translation>
    </message>
</context>
<context>
    <name>dozor::TrayController</name>
    <message>
        <source>&amp;Open Dozor</source>
        <translation>&amp;Открыть Dozor</translation>
    </message>
    <message>
        <source>Pause alerts for &amp;15 minutes</source>
        <translation>Приостановить оповещения на &amp;15 минут</translation>
    </message>
    <message>
        <source>Pause alerts for 1 &amp;hour</source>
        <translation>Приостановить оповещения на 1 &amp;час</translation>
    </message>
    <message>
        <source>&amp;Resume alerts</source>
        <translation>&amp;Возобновить оповещения</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Dozor — all checks OK</source>
        <translation>Dozor — все проверки в порядке</translation>
    </message>
    <message numerus="yes">
        <source>Dozor — %n problem(s)</source>
        <translation>
            <numerusform>Dozor — %n проблема</numerusform>
            <numerusform>Dozor — %n проблемы</numerusform>
            <numerusform>Dozor — %n проблем</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts paused until %1</source>
        <translation>Оповещения приостановлены до %1</translation>
    </message>
    <message>
        <source>&amp;Resume alerts (paused until %1)</source>
        <translation>&amp;Возобновить оповещения (приостановлены до %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n оповещение</numerusform>
            <numerusform>%n оповещения</numerusform>
            <numerusform>%n оповещений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dozor::WorkspaceEditor</name>
    <message>
        <source>Remove server</source>
        <translation>Удаление сервера</translation>
    </message>
    <message numerus="yes">
        <source>Remove &quot;%1&quot; and its %n check(s) from the workspace? Their recorded history stays in the history file.</source>
        <translation>
            <numerusform>Удалить «%1» и его %n проверку из рабочего пространства? Записанная история останется в файле истории.</numerusform>
            <numerusform>Удалить «%1» и его %n проверки из рабочего пространства? Записанная история останется в файле истории.</numerusform>
            <numerusform>Удалить «%1» и его %n проверок из рабочего пространства? Записанная история останется в файле истории.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove check</source>
        <translation>Удаление проверки</translation>
    </message>
    <message>
        <source>Remove the check &quot;%1&quot;? Its recorded history stays in the history file.</source>
        <translation>Удалить проверку «%1»? Записанная история останется в файле истории.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>dozor::WorkspaceFileWatcher</name>
    <message>
        <source>%1 was changed but has errors, so the last good version keeps running:
%2</source>
        <translation>%1 изменён, но содержит ошибки, поэтому продолжает работать последняя исправная версия:
%2</translation>
    </message>
</context>
</TS>
