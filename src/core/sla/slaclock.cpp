// SPDX-License-Identifier: GPL-3.0-or-later
#include "slaclock.h"

#include "core/tr.h"

#include <cmath>

namespace ServiceDeck {

QString slaStateName(SlaState state)
{
    switch (state) {
    case SlaState::None: return {};
    case SlaState::Ok: return QStringLiteral("ok");
    case SlaState::Warning: return QStringLiteral("warning");
    case SlaState::Breached: return QStringLiteral("breached");
    case SlaState::Paused: return QStringLiteral("paused");
    }
    return {};
}

QString slaStateLabel(SlaState state)
{
    switch (state) {
    case SlaState::None: return {};
    case SlaState::Ok: return Tr::tr("On track");
    case SlaState::Warning: return Tr::tr("At risk");
    case SlaState::Breached: return Tr::tr("Breached");
    case SlaState::Paused: return Tr::tr("Paused");
    }
    return {};
}

SlaDue computeSlaDue(const BusinessCalendar &calendar, const QDateTime &opened,
                     qint64 responseMinutes, qint64 resolutionMinutes, qint64 pausedSeconds)
{
    const qint64 resolution = resolutionMinutes * 60;
    const qint64 warning = std::llround(static_cast<double>(resolution) * slaWarningShare);
    return SlaDue{calendar.addBusinessSeconds(opened, responseMinutes * 60),
                  calendar.addBusinessSeconds(opened, resolution + pausedSeconds),
                  calendar.addBusinessSeconds(opened, warning + pausedSeconds)};
}

SlaStatus evaluateSla(const BusinessCalendar &calendar, const SlaDue &due,
                      qint64 resolutionMinutes, const QDateTime &pendingSince, bool active,
                      const QDateTime &now)
{
    SlaStatus status;
    if (!active || !due.resolutionDue.isValid() || resolutionMinutes <= 0)
        return status;
    // While pending the clock stands where it stopped.
    const QDateTime at = pendingSince.isValid() && pendingSince < now ? pendingSince : now;
    status.leftSeconds = at < due.resolutionDue ? calendar.businessSeconds(at, due.resolutionDue)
                                                : -calendar.businessSeconds(due.resolutionDue, at);
    const double target = static_cast<double>(resolutionMinutes * 60);
    status.usedShare = (target - static_cast<double>(status.leftSeconds)) / target;
    if (at >= due.resolutionDue)
        status.state = SlaState::Breached;
    else if (pendingSince.isValid())
        status.state = SlaState::Paused;
    else if (due.warningAt.isValid() && at >= due.warningAt)
        status.state = SlaState::Warning;
    else
        status.state = SlaState::Ok;
    return status;
}

QString formatDuration(qint64 seconds)
{
    const QString sign = seconds < 0 ? QStringLiteral("-") : QString();
    qint64 left = std::llabs(seconds) / 60;
    const qint64 days = left / (24 * 60);
    left %= 24 * 60;
    const qint64 hours = left / 60;
    const qint64 minutes = left % 60;
    if (days > 0)
        return sign + Tr::tr("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return sign + Tr::tr("%1 h %2 min").arg(hours).arg(minutes, 2, 10, QLatin1Char('0'));
    return sign + Tr::tr("%1 min").arg(minutes);
}

} // namespace ServiceDeck
