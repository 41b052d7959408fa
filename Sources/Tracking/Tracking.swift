public enum TrackingModule {}
