// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldpage.h"

#include "core/change/risk.h"

#include <optional>

class QComboBox;

namespace ServiceDeck::Views {

namespace Ui {
class RiskPage;
}

// The Risk tab of a change: core's questionnaire, with the score and the level updated as the
// questions are answered. A completed questionnaire sets the change's risk (and its score where
// the fields know one); an incomplete one leaves what is saved as it is.
class RiskPage : public FieldPage
{
    Q_OBJECT

public:
    explicit RiskPage(QWidget *parent = nullptr);
    ~RiskPage() override;

    void setKind(TicketKind kind) override;
    void setValues(const QMap<QString, QString> &fields) override;
    QStringList fields() const override;
    QString value(const QString &field) const override;

    // Question id → answer id, for the questions answered so far.
    QMap<QString, QString> answers() const;
    // Answers a question by ids; false when the question or the answer is unknown.
    bool answer(const QString &questionId, const QString &answerId);
    // The assessment of the answers, once every question has one.
    std::optional<Change::RiskAssessment> assessment() const;

private:
    void buildQuestions();
    void updateResult();

    std::unique_ptr<Ui::RiskPage> m_ui;
    QList<Change::RiskQuestion> m_questions;
    QList<QComboBox *> m_combos; // one per question, same order
    TicketKind m_kind = TicketKind::Change;
    QString m_storedLevel;
    QString m_storedScore;
};

} // namespace ServiceDeck::Views
