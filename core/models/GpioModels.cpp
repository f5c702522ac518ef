#include "GpioModels.h"

void GpioPinsModel::setPins(const QList<GpioPin> &pins)
{
    beginResetModel();
    m_pins.clear();
    for (const GpioPin &p : pins)
        m_pins << Pin{p, Direction::Unknown, GpioPull::None, -1};
    endResetModel();
}

int GpioPinsModel::rowOf(int number) const
{
    for (int row = 0; row < m_pins.size(); ++row) {
        if (m_pins.at(row).pin.number == number)
            return row;
    }
    return -1;
}

void GpioPinsModel::setDirection(int number, Direction direction, GpioPull pull)
{
    const int row = rowOf(number);
    if (row < 0)
        return;
    m_pins[row].direction = direction;
    m_pins[row].pull = pull;
    emit dataChanged(index(row, DirectionColumn), index(row, DirectionColumn));
}

void GpioPinsModel::setLevel(int number, int level)
{
    const int row = rowOf(number);
    if (row < 0)
        return;
    m_pins[row].level = level;
    emit dataChanged(index(row, Level), index(row, Level));
}

int GpioPinsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pins.size());
}

int GpioPinsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GpioPinsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_pins.size() || role != Qt::DisplayRole)
        return {};
    const Pin &p = m_pins.at(index.row());
    switch (index.column()) {
    case Number:
        return p.pin.number;
    case Name:
        return p.pin.name;
    case DirectionColumn:
        switch (p.direction) {
        case Direction::Unknown:
            return tr("not set");
        case Direction::Output:
            return tr("output");
        case Direction::Input:
            switch (p.pull) {
            case GpioPull::None:
                return tr("input");
            case GpioPull::Up:
                return tr("input, pull-up");
            case GpioPull::Down:
                return tr("input, pull-down");
            }
        }
        return {};
    case Level:
        return p.level < 0 ? tr("?") : p.level ? tr("high") : tr("low");
    }
    return {};
}

QVariant GpioPinsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("Pin");
    case Name:
        return tr("Name");
    case DirectionColumn:
        return tr("Mode");
    case Level:
        return tr("Level");
    }
    return {};
}

void AdcModel::setChannels(const QList<AdcChannel> &channels)
{
    beginResetModel();
    m_channels.clear();
    for (const AdcChannel &c : channels)
        m_channels << Channel{c, -1, {}};
    endResetModel();
}

double AdcModel::volts(const AdcChannel &channel, int raw)
{
    return channel.maxRaw > 0 ? raw * channel.fullScale / channel.maxRaw : 0.0;
}

void AdcModel::addReading(int number, int raw, double seconds)
{
    const int row = rowOf(number);
    if (row < 0)
        return;
    Channel &c = m_channels[row];
    c.raw = raw;
    c.history << QPointF(seconds, volts(c.channel, raw));
    if (c.history.size() > MaxHistory)
        c.history.removeFirst();
    emit dataChanged(index(row, Raw), index(row, Volts));
    emit readingAdded(number);
}

int AdcModel::rowOf(int number) const
{
    for (int row = 0; row < m_channels.size(); ++row) {
        if (m_channels.at(row).channel.number == number)
            return row;
    }
    return -1;
}

int AdcModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_channels.size());
}

int AdcModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AdcModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_channels.size() || role != Qt::DisplayRole)
        return {};
    const Channel &c = m_channels.at(index.row());
    switch (index.column()) {
    case Name:
        return c.channel.name;
    case Raw:
        return c.raw < 0 ? tr("?") : QString::number(c.raw);
    case Volts:
        return c.raw < 0 ? tr("?") : tr("%1 V").arg(volts(c.channel, c.raw), 0, 'f', 3);
    }
    return {};
}

QVariant AdcModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Channel");
    case Raw:
        return tr("Reading");
    case Volts:
        return tr("Voltage");
    }
    return {};
}
