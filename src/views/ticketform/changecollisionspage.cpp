// SPDX-License-Identifier: GPL-3.0-or-later
#include "changecollisionspage.h"
#include "ui_changecollisions.h"

#include "storage/change/changeschedulerepository.h"
#include "storage/change/closurecache.h"
#include "storage/cirepository.h"
#include "storage/cmdb/cmdbgraph.h"
#include "storage/directoryrepository.h"

#include "core/change/collisionengine.h"
#include "core/ticketkind.h"

#include <QLocale>
#include <QStyle>
#include <QTimer>

namespace ServiceDeck::Views {

using Change::Collision;
using Change::CollisionKind;
using Change::Severity;

namespace {

constexpr qint64 dayMs = 24 * 60 * 60 * 1000;
constexpr int numberRole = Qt::UserRole;

QString spanText(const Change::TimeSpan &span)
{
    const QLocale locale;
    const QString start = locale.toString(span.startTime().toLocalTime(), QLocale::ShortFormat);
    if (span.end <= span.start)
        return start;
    return ChangeCollisionsPage::tr("%1 – %2").arg(
        start, locale.toString(span.endTime().toLocalTime(), QLocale::ShortFormat));
}

} // namespace

ChangeCollisionsPage::ChangeCollisionsPage(Storage::Database &db, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ChangeCollisionsPage>())
    , m_db(db)
    , m_unsavedId(QUuid::createUuid())
{
    m_ui->setupUi(this);
    m_ui->collisionList->header()->setStretchLastSection(true);
    m_pause = new QTimer(this);
    m_pause->setSingleShot(true);
    m_pause->setInterval(400);
    connect(m_pause, &QTimer::timeout, this, [this] { refresh(); });
    connect(m_ui->collisionList, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString number = item->data(0, numberRole).toString();
        if (!number.isEmpty())
            emit openTicketRequested(number);
    });
    showCollisions(QString());
}

ChangeCollisionsPage::~ChangeCollisionsPage() = default;

QString ChangeCollisionsPage::kindLabel(CollisionKind kind)
{
    switch (kind) {
    case CollisionKind::SameCi:
        return tr("Same CI");
    case CollisionKind::ImpactCi:
        return tr("Impacted CI");
    case CollisionKind::Blackout:
        return tr("Freeze");
    case CollisionKind::OutsideMaintenance:
        return tr("Outside maintenance window");
    case CollisionKind::DoubleBooked:
        return tr("Implementer double-booked");
    }
    return {};
}

void ChangeCollisionsPage::setDraft(const ChangeDraft &draft, bool now)
{
    if (m_loaded && draft == m_draft) {
        if (now && m_pause->isActive()) {
            m_pause->stop();
            refresh();
        }
        return;
    }
    m_draft = draft;
    if (now) {
        m_pause->stop();
        refresh();
    } else {
        m_pause->start();
    }
}

Result<Change::PlannedChange> ChangeCollisionsPage::candidate(const Change::ScheduleInput &input)
{
    Change::PlannedChange change;
    change.id = m_draft.id.isNull() ? m_unsavedId : m_draft.id;
    change.number = m_draft.number.isEmpty() ? tr("this change") : m_draft.number;
    change.state = m_draft.state;
    change.window = Change::TimeSpan::fromIso(m_draft.plannedStart, m_draft.plannedEnd);
    Storage::CiRepository cis(m_db);
    const auto idOf = [&cis](const QString &name) -> Result<QUuid> {
        if (name.isEmpty())
            return QUuid();
        auto found = cis.findByName(name);
        if (!found)
            return found.error();
        return found->has_value() ? (*found)->id : QUuid();
    };
    // As the schedule reads a stored change: its own CI is affected too.
    auto own = idOf(m_draft.ci);
    if (!own)
        return own.error();
    if (!own->isNull())
        change.cis << *own;
    for (const QUuid &ci : m_draft.cis) {
        if (!change.cis.contains(ci))
            change.cis << ci;
    }
    auto service = idOf(m_draft.service);
    if (!service)
        return service.error();
    if (!service->isNull())
        change.services << *service;
    for (const QUuid &ci : std::as_const(change.cis)) {
        if (input.maintenance.contains(ci) && !change.services.contains(ci))
            change.services << ci;
    }
    Storage::CmdbGraph graph(m_db);
    Storage::ClosureCache cache(graph);
    if (auto fetched = cache.prefetch(change.cis); !fetched)
        return fetched.error();
    for (const QUuid &ci : std::as_const(change.cis))
        change.closures << cache.closure(ci);
    if (!m_draft.assignee.isEmpty()) {
        auto user = Storage::DirectoryRepository(m_db).findUser(m_draft.assignee);
        if (!user)
            return user.error();
        if (user->has_value()) {
            change.implementer = (*user)->id;
            change.implementerName =
                (*user)->displayName.isEmpty() ? (*user)->login : (*user)->displayName;
        }
    }
    return change;
}

void ChangeCollisionsPage::refresh()
{
    m_loaded = true;
    m_collisions.clear();
    const Change::TimeSpan window =
        Change::TimeSpan::fromIso(m_draft.plannedStart, m_draft.plannedEnd);
    if (window.isNull()) {
        showCollisions(tr("Plan the start and the end of the change to see what it collides "
                          "with."));
        return;
    }
    if (!Change::isScheduled(m_draft.state)) {
        showCollisions(tr("A change in the state \"%1\" takes no part in the schedule.")
                           .arg(stateLabel(m_draft.state)));
        return;
    }
    const Change::TimeSpan range{window.start - dayMs, window.effectiveEnd() + dayMs};
    auto loaded = Storage::ChangeScheduleRepository(m_db).load(range);
    if (!loaded) {
        showCollisions(loaded.error().message);
        return;
    }
    auto change = candidate(loaded->input);
    if (!change) {
        showCollisions(change.error().message);
        return;
    }
    Change::ScheduleInput &input = loaded->input;
    for (const QUuid &ci : std::as_const(change->cis)) {
        if (!input.ciNames.contains(ci)) {
            auto found = Storage::CiRepository(m_db).find(ci);
            if (found && found->has_value())
                input.ciNames.insert(ci, (*found)->name);
        }
    }
    m_collisions = Change::collisionsOf(*change, input);
    QString summary;
    if (m_collisions.isEmpty())
        summary = tr("No collisions with other changes, freezes or maintenance windows.");
    else
        summary = tr("Collisions in the planned window: %1").arg(m_collisions.size());
    showCollisions(summary);
}

void ChangeCollisionsPage::showCollisions(const QString &summary)
{
    m_ui->summaryLabel->setText(summary);
    m_ui->collisionList->clear();
    const QString self = m_draft.number.isEmpty() ? tr("this change") : m_draft.number;
    for (const Collision &collision : std::as_const(m_collisions)) {
        QStringList others;
        for (const QString &number : collision.numbers) {
            if (number != self)
                others << number;
        }
        const bool error = collision.severity == Severity::Error;
        auto *item = new QTreeWidgetItem(
            m_ui->collisionList,
            {error ? tr("Error") : tr("Warning"), kindLabel(collision.kind),
             others.join(QStringLiteral(", ")), spanText(collision.when), collision.explanation});
        item->setIcon(0, style()->standardIcon(error ? QStyle::SP_MessageBoxCritical
                                                     : QStyle::SP_MessageBoxWarning));
        item->setForeground(0, error ? QColor(0xc6, 0x28, 0x28) : QColor(0xef, 0x6c, 0x00));
        item->setToolTip(4, collision.explanation);
        item->setData(0, numberRole, others.value(0));
        item->setData(1, Qt::UserRole, Change::collisionKindName(collision.kind));
    }
    for (int column = 0; column < 4; ++column)
        m_ui->collisionList->resizeColumnToContents(column);
    emit collisionsChanged(int(m_collisions.size()));
}

} // namespace ServiceDeck::Views
