// SPDX-License-Identifier: GPL-3.0-or-later
#include "riskpage.h"
#include "ui_riskquestionnaire.h"

#include "core/fields.h"

#include <QComboBox>
#include <QLabel>

#include <algorithm>

namespace ServiceDeck::Views {

namespace {

const QString riskField = QStringLiteral("risk");
const QString scoreField = QStringLiteral("risk_score");

QString levelColour(Change::RiskLevel level)
{
    switch (level) {
    case Change::RiskLevel::Low:
        return QStringLiteral("#2e7d32");
    case Change::RiskLevel::Medium:
        return QStringLiteral("#ef6c00");
    case Change::RiskLevel::High:
        return QStringLiteral("#c62828");
    case Change::RiskLevel::VeryHigh:
        return QStringLiteral("#8e0000");
    }
    return {};
}

bool knowsField(const QString &field)
{
    const FieldDef *def = findTicketField(field);
    return def && def->appliesTo(TicketKind::Change) && !def->readOnly;
}

} // namespace

RiskPage::RiskPage(QWidget *parent)
    : FieldPage(parent)
    , m_ui(std::make_unique<Ui::RiskPage>())
    , m_questions(Change::riskQuestionnaire())
{
    m_ui->setupUi(this);
    m_ui->levelValue->setProperty("ticketField", riskField);
    buildQuestions();
    updateResult();
}

RiskPage::~RiskPage() = default;

void RiskPage::buildQuestions()
{
    for (const Change::RiskQuestion &question : std::as_const(m_questions)) {
        auto *combo = new QComboBox(m_ui->questionBox);
        combo->setObjectName(QStringLiteral("question_") + question.id);
        combo->setAccessibleName(question.text);
        combo->addItem(tr("(not answered)"), QString());
        for (const Change::RiskAnswer &answer : question.answers)
            combo->addItem(answer.label, answer.id);
        auto *label = new QLabel(question.text, m_ui->questionBox);
        label->setBuddy(combo);
        m_ui->questionLayout->addRow(label, combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            updateResult();
            emit edited();
        });
        m_combos << combo;
    }
    // One column of answers of one width reads as a form, not as a ragged list.
    int width = 0;
    for (const QComboBox *combo : std::as_const(m_combos))
        width = std::max(width, combo->sizeHint().width());
    for (QComboBox *combo : std::as_const(m_combos))
        combo->setMinimumWidth(width);
}

void RiskPage::setKind(TicketKind kind)
{
    m_kind = kind;
}

QStringList RiskPage::fields() const
{
    if (m_kind != TicketKind::Change)
        return {};
    QStringList names = {riskField};
    // The score has a column but no canonical field yet; it is written once core knows it.
    if (knowsField(scoreField))
        names << scoreField;
    return names;
}

QString RiskPage::value(const QString &field) const
{
    const auto assessed = assessment();
    if (field == riskField)
        return assessed ? Change::riskLevelName(assessed->level) : m_storedLevel;
    if (field == scoreField)
        return assessed ? QString::number(assessed->score) : m_storedScore;
    return {};
}

QMap<QString, QString> RiskPage::answers() const
{
    QMap<QString, QString> given;
    for (qsizetype i = 0; i < m_questions.size(); ++i) {
        const QString id = m_combos.at(i)->currentData().toString();
        if (!id.isEmpty())
            given.insert(m_questions.at(i).id, id);
    }
    return given;
}

bool RiskPage::answer(const QString &questionId, const QString &answerId)
{
    for (qsizetype i = 0; i < m_questions.size(); ++i) {
        if (m_questions.at(i).id != questionId)
            continue;
        const int index = m_combos.at(i)->findData(answerId);
        if (index < 0)
            return false;
        m_combos.at(i)->setCurrentIndex(index);
        return true;
    }
    return false;
}

std::optional<Change::RiskAssessment> RiskPage::assessment() const
{
    const QMap<QString, QString> given = answers();
    if (given.size() != m_questions.size())
        return std::nullopt;
    auto assessed = Change::assessRisk(given);
    if (!assessed)
        return std::nullopt;
    return *assessed;
}

void RiskPage::setValues(const QMap<QString, QString> &fields)
{
    m_storedLevel = fields.value(riskField);
    m_storedScore = fields.value(scoreField);
    // Answers are not stored: they stay while they agree with what is saved (after a save),
    // and start afresh for anything else.
    const auto assessed = assessment();
    const bool agrees =
        assessed && Change::riskLevelName(assessed->level) == m_storedLevel &&
        (!knowsField(scoreField) || QString::number(assessed->score) == m_storedScore);
    if (!agrees) {
        const QSignalBlocker blocker(this);
        for (QComboBox *combo : std::as_const(m_combos)) {
            const QSignalBlocker comboBlocker(combo);
            combo->setCurrentIndex(0);
        }
    }
    updateResult();
}

void RiskPage::updateResult()
{
    const int answered = int(answers().size());
    const auto assessed = assessment();
    if (assessed) {
        m_ui->scoreValue->setText(
            tr("%1 of %2").arg(assessed->score).arg(Change::maximumRiskScore()));
        m_ui->levelValue->setText(Change::riskLevelLabel(assessed->level));
        m_ui->levelValue->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: bold; }")
                                            .arg(levelColour(assessed->level)));
    } else {
        m_ui->scoreValue->setText(tr("Answered: %1 of %2").arg(answered).arg(m_questions.size()));
        m_ui->levelValue->setText(tr("Answer every question to assess the risk"));
        m_ui->levelValue->setStyleSheet(QString());
    }
    const auto stored = Change::riskLevelFromName(m_storedLevel);
    if (!stored)
        m_ui->storedValue->setText(tr("No risk assessed yet"));
    else if (m_storedScore.isEmpty())
        m_ui->storedValue->setText(Change::riskLevelLabel(*stored));
    else
        m_ui->storedValue->setText(
            tr("%1, score %2").arg(Change::riskLevelLabel(*stored), m_storedScore));
}

} // namespace ServiceDeck::Views
