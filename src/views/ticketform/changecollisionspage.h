// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/change/collision.h"
#include "core/change/schedule.h"
#include "core/error.h"

#include <QStringList>
#include <QUuid>
#include <QWidget>

#include <memory>

class QTimer;

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Views {

namespace Ui {
class ChangeCollisionsPage;
}

// A change as the form holds it, saved or not: what its collisions depend on.
struct ChangeDraft
{
    QUuid id; // null before the first save
    QString number;
    QString state;
    QString plannedStart; // ISO text, empty when not planned
    QString plannedEnd;
    QList<QUuid> cis; // affected CIs
    QString ci;       // the ticket's own CI, by name
    QString service;  // by name
    QString assignee; // login

    friend bool operator==(const ChangeDraft &, const ChangeDraft &) = default;
};

// The Collisions tab of a change: Change::collisionsOf for the change as edited, against the
// schedule stored around its planned window (other changes, freezes, maintenance windows).
class ChangeCollisionsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ChangeCollisionsPage(Storage::Database &db, QWidget *parent = nullptr);
    ~ChangeCollisionsPage() override;

    // Looks again at once when `now` is set, else after a pause (while a person edits).
    void setDraft(const ChangeDraft &draft, bool now);
    void refresh();
    const QList<Change::Collision> &collisions() const { return m_collisions; }

    static QString kindLabel(Change::CollisionKind kind);

signals:
    void openTicketRequested(const QString &number);
    void collisionsChanged(int count);

private:
    Result<Change::PlannedChange> candidate(const Change::ScheduleInput &input);
    void showCollisions(const QString &summary);

    std::unique_ptr<Ui::ChangeCollisionsPage> m_ui;
    Storage::Database &m_db;
    ChangeDraft m_draft;
    bool m_loaded = false;
    QUuid m_unsavedId; // stands for a change not saved yet
    QList<Change::Collision> m_collisions;
    QTimer *m_pause = nullptr;
};

} // namespace ServiceDeck::Views
