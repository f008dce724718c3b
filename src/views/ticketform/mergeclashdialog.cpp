// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergeclashdialog.h"

#include "fieldlabels.h"

#include "core/fields.h"
#include "core/ticketkind.h"
#include "core/timestamps.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace ServiceDeck::Views {

using Storage::ClashChoice;
using Storage::FieldClash;

namespace {

constexpr int MaxShownLength = 80;

QString shortened(const QString &text)
{
    QString line = text.simplified();
    if (line.size() > MaxShownLength)
        line = line.left(MaxShownLength - 1) + QChar(0x2026);
    return line;
}

} // namespace

QString MergeClashDialog::displayValue(const QString &field, const QString &value)
{
    if (value.trimmed().isEmpty())
        return tr("(empty)");
    const FieldDef *def = findTicketField(field);
    if (!def)
        return value;
    switch (def->type) {
    case FieldType::Bool:
        return value == u"true" ? tr("Yes") : tr("No");
    case FieldType::State:
        return stateLabel(value);
    case FieldType::Instant: {
        const auto at = parseIsoInstant(value);
        return at ? QLocale().toString(at->toLocalTime(), QLocale::ShortFormat) : value;
    }
    default:
        return value;
    }
}

MergeClashDialog::MergeClashDialog(const QString &number, const QList<FieldClash> &clashes,
                                   QWidget *parent)
    : QDialog(parent)
    , m_clashes(clashes)
{
    setObjectName(QStringLiteral("mergeClashDialog"));
    setWindowTitle(tr("Merge Changes to %1").arg(number));
    auto *intro = new QLabel(
        tr("Someone else saved %1 while you were editing it. Their changes to other fields are "
           "kept and yours are added. These fields were changed on both sides: choose which "
           "value to keep for each.")
            .arg(number),
        this);
    intro->setObjectName(QStringLiteral("mergeIntro"));
    intro->setWordWrap(true);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    const QStringList headings = {tr("Field"), tr("When you opened it"), tr("Stored now (theirs)"),
                                  tr("Yours")};
    for (int column = 0; column < headings.size(); ++column) {
        auto *heading = new QLabel(headings.at(column));
        QFont font = heading->font();
        font.setBold(true);
        heading->setFont(font);
        grid->addWidget(heading, 0, column);
    }
    int row = 1;
    for (const FieldClash &clash : std::as_const(m_clashes)) {
        auto *name = new QLabel(fieldLabel(clash.field));
        name->setObjectName(QStringLiteral("field_") + clash.field);
        auto *base = new QLabel(shortened(displayValue(clash.field, clash.base)));
        base->setObjectName(QStringLiteral("base_") + clash.field);
        base->setToolTip(displayValue(clash.field, clash.base));
        base->setEnabled(false); // for reference only
        auto *theirs = new QRadioButton(shortened(displayValue(clash.field, clash.theirs)));
        theirs->setObjectName(QStringLiteral("theirs_") + clash.field);
        theirs->setToolTip(displayValue(clash.field, clash.theirs));
        theirs->setAccessibleName(tr("Keep the stored %1").arg(fieldLabel(clash.field)));
        auto *mine = new QRadioButton(shortened(displayValue(clash.field, clash.mine)));
        mine->setObjectName(QStringLiteral("mine_") + clash.field);
        mine->setToolTip(displayValue(clash.field, clash.mine));
        mine->setAccessibleName(tr("Keep your %1").arg(fieldLabel(clash.field)));
        auto *group = new QButtonGroup(this);
        group->addButton(theirs, int(ClashChoice::Theirs));
        group->addButton(mine, int(ClashChoice::Mine));
        connect(group, &QButtonGroup::idToggled, this, [this] { updateButtons(); });
        m_groups.insert(clash.field, group);
        grid->addWidget(name, row, 0);
        grid->addWidget(base, row, 1);
        grid->addWidget(theirs, row, 2);
        grid->addWidget(mine, row, 3);
        ++row;
    }
    grid->setRowStretch(row, 1);
    grid->setColumnStretch(2, 1);
    grid->setColumnStretch(3, 1);
    auto *rows = new QWidget;
    rows->setLayout(grid);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(rows);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *buttons = new QDialogButtonBox(this);
    m_saveButton = buttons->addButton(tr("&Save Merged"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("saveMergedButton"));
    buttons->addButton(QDialogButtonBox::Cancel);
    QPushButton *allMine = buttons->addButton(tr("Keep All &Mine"), QDialogButtonBox::ActionRole);
    allMine->setObjectName(QStringLiteral("allMineButton"));
    QPushButton *allTheirs =
        buttons->addButton(tr("Keep All &Theirs"), QDialogButtonBox::ActionRole);
    allTheirs->setObjectName(QStringLiteral("allTheirsButton"));
    connect(allMine, &QPushButton::clicked, this, [this] { chooseAll(ClashChoice::Mine); });
    connect(allTheirs, &QPushButton::clicked, this, [this] { chooseAll(ClashChoice::Theirs); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(720, std::min(520, 180 + 36 * int(m_clashes.size())));
    updateButtons();
}

QHash<QString, ClashChoice> MergeClashDialog::choices() const
{
    QHash<QString, ClashChoice> chosen;
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it) {
        const int id = it.value()->checkedId();
        if (id >= 0)
            chosen.insert(it.key(), ClashChoice(id));
    }
    return chosen;
}

bool MergeClashDialog::allChosen() const
{
    return choices().size() == m_groups.size();
}

void MergeClashDialog::choose(const QString &field, ClashChoice choice)
{
    if (QButtonGroup *group = m_groups.value(field))
        group->button(int(choice))->setChecked(true);
}

void MergeClashDialog::chooseAll(ClashChoice choice)
{
    for (QButtonGroup *group : std::as_const(m_groups))
        group->button(int(choice))->setChecked(true);
}

void MergeClashDialog::updateButtons()
{
    const bool ready = allChosen();
    m_saveButton->setEnabled(ready);
    m_saveButton->setToolTip(ready ? QString() : tr("Choose a value for every field first"));
}

} // namespace ServiceDeck::Views
