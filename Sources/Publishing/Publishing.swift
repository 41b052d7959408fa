public enum PublishingModule {}
