// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>

class QSqlDriver;

namespace ServiceDeck::Storage {

class Database;

// Tells open views which tables someone else changed. On PostgreSQL it listens to the hub's
// NOTIFY on `servicedeck_changes` (payload: the table written; one per statement), ignoring
// what this connection wrote itself; anywhere, announce() reports tables changed by other means
// (a sync that pulled). Bursts are coalesced into one changed() a short moment later.
class LiveUpdates : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultDelay = 150; // ms from the first hint of a burst to changed()

    // The NOTIFY channel the hub's triggers send on.
    static QString channel();
    // Whether a changed() set concerns any of `tables`; an empty name in the set stands for
    // "unknown table" (a NOTIFY without payload) and concerns everything.
    static bool touches(const QSet<QString> &changed, const QStringList &tables);

    // The database must outlive this object.
    explicit LiveUpdates(Database &db, QObject *parent = nullptr);
    ~LiveUpdates() override;

    // True when NOTIFY hints arrive (PostgreSQL, subscribed); SQLite only ever announces.
    bool isListening() const { return m_listening; }
    // Why listening failed on PostgreSQL; empty otherwise.
    QString error() const { return m_error; }

    void setDelay(int milliseconds);
    int delay() const { return m_timer.interval(); }

    // Reports tables changed other than by NOTIFY; coalesced with the hints around it. An empty
    // list means "anything may have changed".
    void announce(const QStringList &tables);

signals:
    void changed(const QSet<QString> &tables);

private:
    void note(const QString &table);
    void flush();

    QPointer<QSqlDriver> m_driver;
    bool m_listening = false;
    QString m_error;
    QSet<QString> m_pending;
    QTimer m_timer;
};

} // namespace ServiceDeck::Storage
