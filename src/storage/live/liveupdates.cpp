// SPDX-License-Identifier: GPL-3.0-or-later
#include "liveupdates.h"

#include "storage/database.h"

#include "core/tr.h"

#include <QSqlDriver>

#include <algorithm>
#include <utility>

namespace ServiceDeck::Storage {

QString LiveUpdates::channel()
{
    return QStringLiteral("servicedeck_changes");
}

bool LiveUpdates::touches(const QSet<QString> &changed, const QStringList &tables)
{
    if (changed.contains(QString()))
        return true;
    return std::any_of(tables.cbegin(), tables.cend(),
                       [&changed](const QString &table) { return changed.contains(table); });
}

LiveUpdates::LiveUpdates(Database &db, QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DefaultDelay);
    connect(&m_timer, &QTimer::timeout, this, [this] { flush(); });
    if (db.dialect() != Dialect::Postgres)
        return;
    m_driver = db.sql().driver();
    if (!m_driver || !m_driver->hasFeature(QSqlDriver::EventNotifications)) {
        m_error = Tr::tr("The database driver cannot receive change notifications");
        return;
    }
    connect(m_driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source,
                   const QVariant &payload) {
                // Our own writes: whoever made them has already shown them.
                if (name != channel() || source == QSqlDriver::SelfSource)
                    return;
                note(payload.toString().trimmed());
            });
    m_listening = m_driver->subscribeToNotification(channel());
    if (!m_listening)
        m_error = Tr::tr("Cannot listen for changes on %1: %2")
                      .arg(db.url().displayName(), m_driver->lastError().text().trimmed());
}

LiveUpdates::~LiveUpdates()
{
    if (m_listening && m_driver && m_driver->isOpen())
        m_driver->unsubscribeFromNotification(channel());
}

void LiveUpdates::setDelay(int milliseconds)
{
    m_timer.setInterval(std::max(0, milliseconds));
}

void LiveUpdates::announce(const QStringList &tables)
{
    for (const QString &table : tables)
        note(table);
    if (tables.isEmpty())
        note(QString());
}

void LiveUpdates::note(const QString &table)
{
    m_pending.insert(table);
    // The first hint of a burst starts the clock; the rest of the burst rides along.
    if (!m_timer.isActive())
        m_timer.start();
}

void LiveUpdates::flush()
{
    if (m_pending.isEmpty())
        return;
    const QSet<QString> tables = std::exchange(m_pending, {});
    emit changed(tables);
}

} // namespace ServiceDeck::Storage
