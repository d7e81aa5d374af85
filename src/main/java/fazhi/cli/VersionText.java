package fazhi.cli;

import fazhi.Version;
import picocli.CommandLine.IVersionProvider;

/** {@code fazhi --version}: the build, the Lucene it indexes with, and the index schema it writes and reads. */
final class VersionText implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"fazhi-search " + Version.product(), "Lucene " + Version.lucene(),
                "index schema " + Version.indexSchema()};
    }
}
