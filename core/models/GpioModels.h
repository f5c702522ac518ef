#pragma once

#include "dialects/commands/GpioCommands.h"

#include <QAbstractTableModel>
#include <QPointF>

// The module's pins: what the manual offers and what the panel set or read.
class GpioPinsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Direction { Unknown, Input, Output };
    struct Pin
    {
        GpioPin pin;
        Direction direction = Direction::Unknown;
        GpioPull pull = GpioPull::None;
        int level = -1; // -1: not read yet
    };
    enum Column { Number, Name, DirectionColumn, Level, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setPins(const QList<GpioPin> &pins);
    void setDirection(int number, Direction direction, GpioPull pull);
    void setLevel(int number, int level);
    int rowOf(int number) const;
    const Pin &at(int row) const { return m_pins.at(row); }
    int count() const { return int(m_pins.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Pin> m_pins;
};

// ADC channels with their last reading and a short history for the plot.
class AdcModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    struct Channel
    {
        AdcChannel channel;
        int raw = -1;           // -1: not read yet
        QList<QPointF> history; // (seconds since the first reading, volts), last MaxHistory
    };
    static constexpr int MaxHistory = 600;
    enum Column { Name, Raw, Volts, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setChannels(const QList<AdcChannel> &channels);
    void addReading(int number, int raw, double seconds);
    int rowOf(int number) const;
    const Channel &at(int row) const { return m_channels.at(row); }
    int count() const { return int(m_channels.size()); }
    static double volts(const AdcChannel &channel, int raw);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void readingAdded(int number);

private:
    QList<Channel> m_channels;
};
