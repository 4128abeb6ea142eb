/// Screen model of saywho: cells, text width, layout, themes and panes.
public enum SaywhoUI {}
