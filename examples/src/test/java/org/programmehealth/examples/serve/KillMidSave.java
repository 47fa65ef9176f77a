package org.programmehealth.examples.serve;

import java.nio.file.Path;
import java.util.List;

/** Run in a child JVM by {@link ServeAppTest}: saves answers as fast as it can, printing each committed count, until killed. */
public final class KillMidSave {

    private KillMidSave() {
    }

    public static void main(String[] args) {
        Store store = Store.open(Path.of(args[0]));
        store.addProgramme("kill", "Kill test");
        Store.Response r = store.addResponse(store.round("kill", "2009-10-30").id(), "CENTRE", "");
        System.out.println("token " + r.token());
        System.out.flush();
        for (int i = 1; ; i++) {
            store.saveAnswers(r.token(), List.of(
                    new Store.Answer("scope.prioritiesNow", Store.State.VALUE, Integer.toString(i), Integer.toString(i), null),
                    new Store.Answer("scope.prioritiesAtStart", Store.State.VALUE, Integer.toString(i), Integer.toString(i), null)));
            System.out.println("saved " + i);
            System.out.flush();
        }
    }
}
