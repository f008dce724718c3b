// SPDX-License-Identifier: GPL-3.0-or-later
#include "davxml.h"

#include "caldavsettings.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace ServiceDeck::Connectors::CalDav::DavXml {

namespace {

const QString Dav = QStringLiteral("DAV:");
const QString CalDavNs = QStringLiteral("urn:ietf:params:xml:ns:caldav");

// "HTTP/1.1 404 Not Found" → 404; 0 when unreadable.
int statusCode(const QString &line)
{
    const QStringList parts = line.simplified().split(QLatin1Char(' '));
    return parts.size() >= 2 ? parts.at(1).toInt() : 0;
}

struct PropStat
{
    int status = 0;
    Resource props;
};

void readProp(QXmlStreamReader &xml, Resource &into)
{
    while (xml.readNextStartElement()) {
        const auto ns = xml.namespaceUri();
        const auto name = xml.name();
        if (ns == Dav && name == u"getetag") {
            into.etag = xml.readElementText().trimmed().toUtf8();
        } else if (ns == Dav && name == u"displayname") {
            into.displayName = xml.readElementText().trimmed();
        } else if (ns == Dav && name == u"resourcetype") {
            while (xml.readNextStartElement()) {
                if (xml.namespaceUri() == Dav && xml.name() == u"collection")
                    into.collection = true;
                else if (xml.namespaceUri() == CalDavNs && xml.name() == u"calendar")
                    into.calendar = true;
                xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
}

PropStat readPropStat(QXmlStreamReader &xml)
{
    PropStat propStat;
    while (xml.readNextStartElement()) {
        if (xml.namespaceUri() == Dav && xml.name() == u"prop")
            readProp(xml, propStat.props);
        else if (xml.namespaceUri() == Dav && xml.name() == u"status")
            propStat.status = statusCode(xml.readElementText());
        else
            xml.skipCurrentElement();
    }
    return propStat;
}

Resource readResponse(QXmlStreamReader &xml, const QUrl &requestUrl)
{
    Resource resource;
    while (xml.readNextStartElement()) {
        if (xml.namespaceUri() == Dav && xml.name() == u"href") {
            resource.url = requestUrl.resolved(QUrl(xml.readElementText().trimmed()));
        } else if (xml.namespaceUri() == Dav && xml.name() == u"status") {
            resource.status = statusCode(xml.readElementText());
        } else if (xml.namespaceUri() == Dav && xml.name() == u"propstat") {
            const PropStat propStat = readPropStat(xml);
            if (propStat.status / 100 != 2)
                continue; // the properties the server does not have
            if (!propStat.props.etag.isEmpty())
                resource.etag = propStat.props.etag;
            if (!propStat.props.displayName.isEmpty())
                resource.displayName = propStat.props.displayName;
            resource.collection = resource.collection || propStat.props.collection;
            resource.calendar = resource.calendar || propStat.props.calendar;
        } else {
            xml.skipCurrentElement();
        }
    }
    return resource;
}

} // namespace

QByteArray propfindBody()
{
    return QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                             "<D:propfind xmlns:D=\"DAV:\"><D:prop><D:getetag/><D:resourcetype/>"
                             "<D:displayname/></D:prop></D:propfind>\n");
}

QByteArray mkcalendarBody(const QString &displayName)
{
    QByteArray body;
    QXmlStreamWriter xml(&body);
    xml.writeStartDocument();
    xml.writeNamespace(Dav, QStringLiteral("D"));
    xml.writeNamespace(CalDavNs, QStringLiteral("C"));
    xml.writeStartElement(CalDavNs, QStringLiteral("mkcalendar"));
    xml.writeStartElement(Dav, QStringLiteral("set"));
    xml.writeStartElement(Dav, QStringLiteral("prop"));
    xml.writeTextElement(Dav, QStringLiteral("displayname"), displayName);
    xml.writeStartElement(CalDavNs, QStringLiteral("supported-calendar-component-set"));
    xml.writeEmptyElement(CalDavNs, QStringLiteral("comp"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("VEVENT"));
    xml.writeEndElement(); // supported-calendar-component-set
    xml.writeEndElement(); // prop
    xml.writeEndElement(); // set
    xml.writeEndElement(); // mkcalendar
    xml.writeEndDocument();
    return body;
}

Result<QList<Resource>> parseMultistatus(const QByteArray &body, const QUrl &requestUrl)
{
    QXmlStreamReader xml(body);
    QList<Resource> resources;
    if (!xml.readNextStartElement() || xml.namespaceUri() != Dav || xml.name() != u"multistatus")
        return invalidData(
            Tr::tr("The reply of %1 is not a WebDAV multistatus document")
                .arg(requestUrl.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
    while (xml.readNextStartElement()) {
        if (xml.namespaceUri() == Dav && xml.name() == u"response")
            resources << readResponse(xml, requestUrl);
        else
            xml.skipCurrentElement();
    }
    if (xml.hasError())
        return invalidData(
            Tr::tr("The reply of %1 is malformed XML at line %2: %3")
                .arg(requestUrl.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery))
                .arg(xml.lineNumber())
                .arg(xml.errorString()));
    return resources;
}

bool samePath(const QUrl &a, const QUrl &b)
{
    return a.path(QUrl::FullyDecoded) == b.path(QUrl::FullyDecoded);
}

} // namespace ServiceDeck::Connectors::CalDav::DavXml
