// NUnit and FsCheck.NUnit both define [Property]; in this project it always means an FsCheck property.
global using PropertyAttribute = FsCheck.NUnit.PropertyAttribute;
