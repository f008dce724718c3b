// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>

namespace ServiceDeck::Views::AppSettings {

namespace {

const QString languageKey = QStringLiteral("Settings/language");
const QString appearanceKey = QStringLiteral("Settings/appearance");

// The style the platform chose, remembered before the first change so "follow the system" can
// return to it.
QString &systemStyleName()
{
    static QString name;
    return name;
}

QPalette darkPalette()
{
    QPalette palette;
    const QColor window(45, 45, 48);
    const QColor base(30, 30, 32);
    const QColor text(230, 230, 230);
    const QColor disabledText(127, 127, 127);
    const QColor highlight(42, 130, 218);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabledText);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::red);
    palette.setColor(QPalette::Light, QColor(70, 70, 74));
    palette.setColor(QPalette::Midlight, QColor(60, 60, 64));
    palette.setColor(QPalette::Mid, QColor(40, 40, 42));
    palette.setColor(QPalette::Dark, QColor(20, 20, 22));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Link, highlight.lighter(130));
    palette.setColor(QPalette::LinkVisited, highlight.lighter(110));
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        palette.setColor(QPalette::Disabled, role, disabledText);
    }
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(80, 80, 80));
    return palette;
}

QString appearanceName(Appearance appearance)
{
    switch (appearance) {
    case Appearance::System: return QStringLiteral("system");
    case Appearance::Light: return QStringLiteral("light");
    case Appearance::Dark: return QStringLiteral("dark");
    }
    return {};
}

} // namespace

QString language()
{
    return QSettings().value(languageKey).toString();
}

void setLanguage(const QString &name)
{
    QSettings settings;
    if (name.isEmpty())
        settings.remove(languageKey);
    else
        settings.setValue(languageKey, name);
}

QLocale startupLocale()
{
    const QString name = language();
    return name.isEmpty() ? QLocale::system() : QLocale(name);
}

QList<std::pair<QString, QString>> availableLanguages()
{
    // Each language in its own name: a person who cannot read the current one still finds theirs.
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")}};
}

Appearance appearance()
{
    const QString name = QSettings().value(appearanceKey).toString();
    if (name == u"light")
        return Appearance::Light;
    if (name == u"dark")
        return Appearance::Dark;
    return Appearance::System;
}

void setAppearance(Appearance appearance)
{
    QSettings settings;
    if (appearance == Appearance::System)
        settings.remove(appearanceKey);
    else
        settings.setValue(appearanceKey, appearanceName(appearance));
}

void applyAppearance(Appearance appearance)
{
    if (systemStyleName().isEmpty() && QApplication::style())
        systemStyleName() = QApplication::style()->name();
    const QString fusion = QStringLiteral("fusion");
    switch (appearance) {
    case Appearance::System:
        if (QApplication::style()->name().compare(systemStyleName(), Qt::CaseInsensitive) != 0)
            QApplication::setStyle(QStyleFactory::create(systemStyleName()));
        // An empty palette hands the colours back to the platform theme.
        QApplication::setPalette(QPalette());
        break;
    case Appearance::Light:
        if (QApplication::style()->name().compare(fusion, Qt::CaseInsensitive) != 0)
            QApplication::setStyle(QStyleFactory::create(fusion));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Appearance::Dark:
        if (QApplication::style()->name().compare(fusion, Qt::CaseInsensitive) != 0)
            QApplication::setStyle(QStyleFactory::create(fusion));
        QApplication::setPalette(darkPalette());
        break;
    }
}

int resetWindowLayout()
{
    QSettings settings;
    int removed = 0;
    const QStringList keys = settings.allKeys();
    for (const QString &key : keys) {
        const QString leaf = key.section(QLatin1Char('/'), -1).toLower();
        const bool layout = leaf.contains(QLatin1String("geometry"))
            || leaf.contains(QLatin1String("splitter")) || leaf.endsWith(QLatin1String("state"))
            || leaf.contains(QLatin1String("header")) || leaf.contains(QLatin1String("columns"));
        if (layout && !key.startsWith(QLatin1String("Connections/"))
            && !key.startsWith(QLatin1String("Settings/"))) {
            settings.remove(key);
            ++removed;
        }
    }
    return removed;
}

} // namespace ServiceDeck::Views::AppSettings
