#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace dozor {

// Tells a reboot seen while watching from a recent boot found at the first look, per
// server. It keeps the boot of the server's last sample: its id (when the probe read
// /proc/sys/kernel/random/boot_id), when it was (the sample's time minus the uptime) and
// the uptime then. A later sample is from another boot when its id differs, or, without
// ids to compare, when its uptime went back or it booted more than bootTimeSlackMs later.
// Pure: times are passed in.
class BootWatch {
public:
    // How far two estimates of one boot's time may differ (the sample's time is taken when
    // the answer arrives; clocks are adjusted).
    static constexpr qint64 bootTimeSlackMs = 60'000;

    struct Seen {
        qint64 bootAtMs = 0; // when the server booted (steady across samples of one boot)
        bool rebootSeen = false; // this boot began after an earlier sample of the server
        bool newReboot = false; // ... and this is the first sample that shows it
    };

    // A boot known from before this run (the history's last uptime sample): a later sample
    // from another boot is a reboot seen.
    void seed(const QString &serverId, qint64 bootAtMs);
    Seen observe(
        const QString &serverId, double uptimeSec, const QByteArray &bootId, qint64 sampledAtMs);
    // The server changed (another host): what was seen of the old one says nothing.
    void forget(const QString &serverId) { m_boots.remove(serverId); }

private:
    struct Boot {
        qint64 atMs = 0;
        QByteArray id;
        std::optional<double> uptimeSec; // unknown for a seeded boot
        bool seenToHappen = false;
    };
    QHash<QString, Boot> m_boots;
};

} // namespace dozor
