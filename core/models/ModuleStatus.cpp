#include "ModuleStatus.h"

static_assert(int(ModuleStatus::WifiMode::AdHoc) == int(StatusWifiMode::AdHoc));
static_assert(int(ModuleStatus::Link::Connected) == int(StatusLink::Connected));

ModuleStatus::ModuleStatus(QObject *parent)
    : QObject(parent)
{}

QList<ModuleStatus::Field> ModuleStatus::fields()
{
    QList<Field> all;
    for (int i = 0; i < FieldCount; ++i)
        all << Field(i);
    return all;
}

QString ModuleStatus::fieldName(Field field)
{
    switch (field) {
    case Field::Model:
        return tr("Model");
    case Field::Firmware:
        return tr("Firmware");
    case Field::Mac:
        return tr("MAC address");
    case Field::WifiMode:
        return tr("Wi-Fi mode");
    case Field::Link:
        return tr("Link");
    case Field::Ssid:
        return tr("SSID");
    case Field::Bssid:
        return tr("BSSID");
    case Field::Channel:
        return tr("Channel");
    case Field::Rssi:
        return tr("Signal");
    case Field::Ip:
        return tr("IP address");
    case Field::Gateway:
        return tr("Gateway");
    case Field::Dns:
        return tr("DNS servers");
    case Field::Sockets:
        return tr("Open sockets");
    case Field::Mqtt:
        return tr("MQTT");
    }
    return {};
}

void ModuleStatus::setValue(Field field, const QVariant &value, const QString &origin)
{
    State &s = m_fields[size_t(field)];
    const bool same = s.known && s.value == value && s.origin == origin && s.note.isEmpty();
    s.known = true;
    s.value = value;
    s.origin = origin;
    s.note.clear();
    s.updated = QDateTime::currentDateTime();
    if (!same)
        changed(field);
}

void ModuleStatus::setUnknown(Field field, const QString &note)
{
    State &s = m_fields[size_t(field)];
    if (!s.known && s.note == note)
        return;
    s.known = false;
    s.value = QVariant();
    s.origin.clear();
    s.note = note;
    s.updated = QDateTime::currentDateTime();
    changed(field);
}

void ModuleStatus::setQuery(Field field, const QByteArray &command)
{
    State &s = m_fields[size_t(field)];
    if (s.query == command)
        return;
    s.query = command;
    changed(field);
}

void ModuleStatus::clear(const QString &note)
{
    for (const Field f : fields())
        setUnknown(f, note);
}

void ModuleStatus::changed(Field field)
{
    switch (field) {
    case Field::Model:
        emit modelChanged();
        break;
    case Field::Firmware:
        emit firmwareChanged();
        break;
    case Field::Mac:
        emit macChanged();
        break;
    case Field::WifiMode:
        emit wifiModeChanged();
        break;
    case Field::Link:
        emit linkChanged();
        break;
    case Field::Ssid:
        emit ssidChanged();
        break;
    case Field::Bssid:
        emit bssidChanged();
        break;
    case Field::Channel:
        emit channelChanged();
        break;
    case Field::Rssi:
        emit rssiChanged();
        break;
    case Field::Ip:
        emit ipChanged();
        break;
    case Field::Gateway:
        emit gatewayChanged();
        break;
    case Field::Dns:
        emit dnsChanged();
        break;
    case Field::Sockets:
        emit openSocketsChanged();
        break;
    case Field::Mqtt:
        emit mqttConnectedChanged();
        break;
    }
    emit fieldChanged(field);
}
